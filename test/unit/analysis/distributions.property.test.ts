import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binomialTest } from '../../../src/core/analysis/binomialTest';
import { chiSquareSurvival, gammaQ } from '../../../src/core/analysis/chiSquareSurvival';
import { goodnessOfFit } from '../../../src/core/analysis/goodnessOfFit';
import { logGamma } from '../../../src/core/analysis/logGamma';

// An independent, slow route to R's binom.test p-value: every pmf term from log-factorials.
function naiveBinomialTest(k: number, n: number, p: number): number {
  const pmf = (i: number) => Math.exp(logGamma(n + 1) - logGamma(i + 1) - logGamma(n - i + 1) + i * Math.log(p) + (n - i) * Math.log1p(-p));
  const d = pmf(k) * (1 + 1e-7);
  let sum = 0;
  for (let i = 0; i <= n; i++) if (pmf(i) <= d) sum += pmf(i);
  return Math.min(1, sum);
}

describe('distribution properties', () => {
  it('binomialTest agrees with a naive log-factorial implementation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (n, k0, p) => {
        const k = k0 % (n + 1);
        expect(binomialTest(k, n, p)).toBeCloseTo(naiveBinomialTest(k, n, p), 9);
      }),
      { seed: 31, numRuns: 300 },
    );
  });

  // chiSquareSurvival takes this closed form for even df itself: the check is on gammaQ, the general
  // route (odd df, and the far tail where e^(−x/2) underflows), against the same sum written here.
  it('gammaQ(df/2, x/2) for even df matches the closed form e^(−x/2) Σ_{i<df/2} (x/2)^i / i!', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.double({ min: 0.01, max: 80, noNaN: true }), (half, x) => {
        let term = 1;
        let sum = 1;
        for (let i = 1; i < half; i++) {
          term *= x / 2 / i;
          sum += term;
        }
        const closed = Math.exp(-x / 2) * sum;
        expect(gammaQ(half, x / 2) / closed).toBeCloseTo(1, 8);
        expect(chiSquareSurvival(x, 2 * half) / closed).toBeCloseTo(1, 12);
      }),
      { seed: 32, numRuns: 300 },
    );
  });

  it('goodnessOfFit: statistic ≥ 0 and p in [0, 1]; an exact fit gives statistic 0', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 500 }), { minLength: 2, maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 6, maxLength: 6 }), (observed, weights) => {
        const w = weights.slice(0, observed.length);
        const sum = w.reduce((a, b) => a + b, 0);
        const r = goodnessOfFit(observed, w.map((x) => x / sum));
        expect(r.statistic).toBeGreaterThanOrEqual(0);
        expect(r.p).toBeGreaterThanOrEqual(0);
        expect(r.p).toBeLessThanOrEqual(1);
        const n = observed.reduce((a, b) => a + b, 0);
        fc.pre(n > 0);
        const exact = goodnessOfFit(observed, observed.map((o) => o / n));
        expect(exact.statistic).toBeCloseTo(0, 9);
      }),
      { seed: 33, numRuns: 300 },
    );
  });
});
