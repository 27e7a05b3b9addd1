import { describe, expect, it } from 'vitest';
import { rakeShares, roundShares, tiltShares } from '../../../src/core/benchmarks/generate/rakeShares';

describe('tiltShares', () => {
  it.each([
    // raw [0.8, 0.1×2, 0.1×1] = [0.8, 0.2, 0.1], sum 1.1 → [0.8/1.1, 0.2/1.1, 0.1/1.1]
    { parent: [0.8, 0.1, 0.1], factors: [2, 1], expected: [0.8 / 1.1, 0.2 / 1.1, 0.1 / 1.1] },
    // factors 1 leave the parent unchanged
    { parent: [0.7, 0.1, 0.2], factors: [1, 1], expected: [0.7, 0.1, 0.2] },
  ])('tilts $parent by $factors', ({ parent, factors, expected }) => {
    tiltShares(parent, factors).forEach((v, k) => expect(v).toBeCloseTo(expected[k] as number, 12));
  });
});

describe('roundShares', () => {
  it.each([
    // 0.333333 → 0.33, 0.333333 → 0.33, last = 1 − 0.66 = 0.34
    { shares: [0.333333, 0.333333, 0.333334], digits: 2, expected: [0.33, 0.33, 0.34] },
    // 0.714 and 0.12 are already at 5 decimals; last = 1 − 0.834 = 0.166
    { shares: [0.714, 0.12, 0.166], digits: 5, expected: [0.714, 0.12, 0.166] },
  ])('rounds $shares to $digits decimals, adding to 1', ({ shares, digits, expected }) => {
    const r = roundShares(shares, digits);
    r.forEach((v, k) => expect(v).toBeCloseTo(expected[k] as number, 12));
    expect(Math.abs(r.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
  });
});

describe('rakeShares', () => {
  it('fits two cells to a target mean and keeps their odds ratio', () => {
    // Odds ratio (0.6/0.4)/(0.2/0.8) = 6 is kept; with equal weights the target 0.5 needs a + b = 1,
    // so a/(1−a) = 6·(1−a)/a → a = √6/(1+√6) ≈ 0.710102.
    const cells = rakeShares([{ weight: 1, shares: [0.6, 0.4] }, { weight: 1, shares: [0.2, 0.8] }], [0.5, 0.5]);
    const a = Math.sqrt(6) / (1 + Math.sqrt(6));
    expect(cells[0]?.shares[0]).toBeCloseTo(a, 9);
    expect(cells[1]?.shares[0]).toBeCloseTo(1 - a, 9);
    expect(cells[0]?.shares[1]).toBeCloseTo(1 - a, 9);
  });

  it('leaves cells alone that already average to the target', () => {
    // (0.6 + 0.4)/2 = 0.5 for both categories
    const cells = rakeShares([{ weight: 1, shares: [0.6, 0.4] }, { weight: 1, shares: [0.4, 0.6] }], [0.5, 0.5]);
    expect(cells.map((c) => c.shares)).toEqual([[0.6, 0.4], [0.4, 0.6]]);
  });

  it('respects unequal weights', () => {
    // weights 3 and 1, target 0.25: start [0.25,0.75] and [0.25,0.75] already fit (3·0.25+1·0.25)/4 = 0.25
    const cells = rakeShares([{ weight: 3, shares: [0.5, 0.5] }, { weight: 1, shares: [0.5, 0.5] }], [0.25, 0.75]);
    // both cells equal, so both become the target
    cells.forEach((c) => expect(c.shares[0]).toBeCloseTo(0.25, 12));
  });
});
