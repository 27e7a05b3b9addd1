import { describe, expect, it } from 'vitest';
import { binomialTest } from '../../../src/core/analysis/binomialTest';

describe('binomialTest (two-sided, as R binom.test)', () => {
  it.each([
    // 0 of 10 at ½: P(0) = P(10) = 1/1024 are the only outcomes as unlikely; 2/1024
    { k: 0, n: 10, p: 0.5, want: 2 / 1024 },
    // 1 of 10 at ½: P(0) + P(1) + P(9) + P(10) = (1 + 10 + 10 + 1)/1024 = 22/1024
    { k: 1, n: 10, p: 0.5, want: 22 / 1024 },
    // 0 of 5 at 0.2: P = [0.32768, 0.4096, 0.2048, 0.0512, 0.0064, 0.00032]; all but P(1)
    // are ≤ P(0): 1 − 0.4096 = 0.5904
    { k: 0, n: 5, p: 0.2, want: 0.5904 },
    // 3 of 5 at 0.2: P(3) + P(4) + P(5) = 0.0512 + 0.0064 + 0.00032 = 0.05792
    { k: 3, n: 5, p: 0.2, want: 0.05792 },
    // 2 of 10 at 0.2: the mode, every outcome is as or less likely: 1
    { k: 2, n: 10, p: 0.2, want: 1 },
    // R documentation example (Mendel's peas): binom.test(c(682, 243), p = 3/4), p-value = 0.3825
    { k: 682, n: 925, p: 0.75, want: 0.3825 },
  ])('k=$k n=$n p=$p -> $want', ({ k, n, p, want }) => {
    expect(binomialTest(k, n, p)).toBeCloseTo(want, want === 0.3825 ? 4 : 12);
  });

  it('ties within R’s relative tolerance count as equally likely (symmetric case sums both tails)', () => {
    // 3 of 10 at ½: P(0..3) + P(7..10) = 2 × (1 + 10 + 45 + 120)/1024 = 352/1024 = 0.34375
    expect(binomialTest(3, 10, 0.5)).toBeCloseTo(0.34375, 12);
  });

  it('p = 0 and p = 1 are certain outcomes', () => {
    expect(binomialTest(0, 10, 0)).toBe(1);
    expect(binomialTest(1, 10, 0)).toBe(0);
    expect(binomialTest(10, 10, 1)).toBe(1);
    expect(binomialTest(9, 10, 1)).toBe(0);
  });

  it('n = 0 gives 1', () => expect(binomialTest(0, 0, 0.3)).toBe(1));

  it('large n does not underflow', () => {
    // 0 of 5000 at 0.01: expected 50, observing none is extremely unlikely but the p-value is > 0
    const p = binomialTest(0, 5000, 0.01);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-15);
  });

  it.each([
    { k: 1.5, n: 10, p: 0.5 },
    { k: 11, n: 10, p: 0.5 },
    { k: 1, n: 10, p: 1.2 },
    { k: -1, n: 10, p: 0.5 },
  ])('throws on k=$k n=$n p=$p', ({ k, n, p }) => expect(() => binomialTest(k, n, p)).toThrow(RangeError));
});
