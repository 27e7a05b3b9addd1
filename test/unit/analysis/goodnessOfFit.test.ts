import { describe, expect, it } from 'vitest';
import { goodnessOfFit } from '../../../src/core/analysis/goodnessOfFit';
import { chiSquareSurvival, gammaQ } from '../../../src/core/analysis/chiSquareSurvival';
import { logGamma } from '../../../src/core/analysis/logGamma';

describe('logGamma', () => {
  it.each([
    { x: 1, want: 0 }, // Γ(1) = 1
    { x: 5, want: Math.log(24) }, // Γ(5) = 4! = 24
    { x: 0.5, want: 0.5 * Math.log(Math.PI) }, // Γ(½) = √π
    { x: 101, want: 363.73937555556347 }, // ln 100! (tables of log-factorials)
  ])('ln Γ($x)', ({ x, want }) => expect(logGamma(x)).toBeCloseTo(want, 9));
});

describe('chiSquareSurvival', () => {
  // Upper critical values from a standard chi-square table (e.g. NIST/SEMATECH e-Handbook §1.3.6.7.4),
  // printed to 3 decimals, so P(χ² ≥ value) matches α to about 1e-4.
  it.each([
    { x: 3.841, df: 1, alpha: 0.05 },
    { x: 6.635, df: 1, alpha: 0.01 },
    { x: 5.991, df: 2, alpha: 0.05 },
    { x: 9.21, df: 2, alpha: 0.01 },
    { x: 7.815, df: 3, alpha: 0.05 },
    { x: 9.488, df: 4, alpha: 0.05 },
    { x: 11.07, df: 5, alpha: 0.05 },
    { x: 18.307, df: 10, alpha: 0.05 },
    { x: 2.706, df: 1, alpha: 0.1 },
    { x: 0.352, df: 3, alpha: 0.95 }, // lower tail of the table: series branch (x/2 < a + 1)
  ])('P(χ²_$df ≥ $x) ≈ $alpha', ({ x, df, alpha }) => {
    expect(Math.abs(chiSquareSurvival(x, df) - alpha)).toBeLessThan(2e-4);
  });

  it('df = 2 is exactly exp(−x/2)', () => {
    for (const x of [0.1, 1, 4, 10, 40]) expect(chiSquareSurvival(x, 2) / Math.exp(-x / 2)).toBeCloseTo(1, 10);
  });

  it('even df: the closed form and the general route agree on either side of where it switches (x/2 = 700)', () => {
    for (const [x, df] of [[1399.9, 2], [1399.9, 40], [1400.1, 2], [30, 6]] as const) {
      expect(chiSquareSurvival(x, df) / gammaQ(df / 2, x / 2)).toBeCloseTo(1, 8);
    }
  });

  it('df = 1 at x = 4 is 2(1 − Φ(2)) = 2 × 0.0227501 = 0.0455003', () => {
    expect(chiSquareSurvival(4, 1)).toBeCloseTo(0.04550026389635842, 10);
  });

  it('edges: x ≤ 0 gives 1, x = ∞ gives 0; gammaQ throws on bad arguments', () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareSurvival(Infinity, 3)).toBe(0);
    expect(() => gammaQ(0, 1)).toThrow(RangeError);
    expect(() => chiSquareSurvival(1, 0)).toThrow(RangeError);
  });
});

describe('goodnessOfFit', () => {
  it('three categories, by hand', () => {
    // n = 100, E = [50, 30, 20]; χ² = 10²/50 + 10²/30 + 0²/20 = 2 + 3.3333 = 5.3333; df = 2
    // p = exp(−5.3333/2) = exp(−2.6667) = 0.0694835
    const r = goodnessOfFit([60, 20, 20], [0.5, 0.3, 0.2]);
    expect(r.statistic).toBeCloseTo(16 / 3, 12);
    expect(r.df).toBe(2);
    expect(r.p).toBeCloseTo(Math.exp(-8 / 3), 12);
    expect(r.p).toBeCloseTo(0.0694835, 6);
  });

  it('two categories, by hand: 60 vs 40 against 50/50', () => {
    // E = [50, 50]; χ² = 100/50 + 100/50 = 4; df = 1; p = 2(1 − Φ(2)) = 0.0455003
    const r = goodnessOfFit([60, 40], [0.5, 0.5]);
    expect(r).toEqual({ statistic: 4, df: 1, p: expect.closeTo(0.0455003, 6) });
  });

  it('a perfect fit gives statistic 0 and p 1', () => {
    expect(goodnessOfFit([75, 10, 15], [0.75, 0.1, 0.15])).toEqual({ statistic: 0, df: 2, p: 1 });
  });

  it('a category with share 0 and observed 0 drops out of df', () => {
    // only two live categories: E = [50, 50]; χ² = 4; df = 1
    const r = goodnessOfFit([60, 40, 0], [0.5, 0.5, 0]);
    expect(r.df).toBe(1);
    expect(r.statistic).toBe(4);
  });

  it('observed where the share is 0 is impossible: statistic ∞, p 0', () => {
    expect(goodnessOfFit([60, 39, 1], [0.5, 0.5, 0])).toEqual({ statistic: Infinity, df: 1, p: 0 });
  });

  it('nothing observed: statistic 0, p 1', () => {
    expect(goodnessOfFit([0, 0, 0], [0.5, 0.3, 0.2])).toEqual({ statistic: 0, df: 2, p: 1 });
  });

  it('a single category: df 0, p 1', () => {
    expect(goodnessOfFit([10], [1])).toEqual({ statistic: 0, df: 0, p: 1 });
  });

  it('shares rounded to 1e-7 are accepted', () => {
    // 0.3333333 × 3 = 0.9999999: rescaled, so E = [30, 30, 30] exactly and χ² = 0
    expect(goodnessOfFit([30, 30, 30], [0.3333333, 0.3333333, 0.3333333]).statistic).toBeCloseTo(0, 10);
  });

  it.each([
    { observed: [1, 2], shares: [1], why: 'length mismatch' },
    { observed: [1, 2], shares: [0.5, 0.4], why: 'shares sum to 0.9' },
    { observed: [-1, 2], shares: [0.5, 0.5], why: 'negative count' },
    { observed: [1, 2], shares: [1.5, -0.5], why: 'negative share' },
  ])('throws on $why', ({ observed, shares }) => {
    expect(() => goodnessOfFit(observed, shares)).toThrow(RangeError);
  });
});
