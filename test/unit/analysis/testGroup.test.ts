import { describe, expect, it } from 'vitest';
import { testGroup } from '../../../src/core/analysis/testGroup';

const CATS = ['a', 'b', 'c'];
const BENCH = { a: 0.5, b: 0.3, c: 0.2 };
const OPTS = { minGroupSize: 50 };

describe('testGroup', () => {
  it('uses chi-square when every expected count is ≥ 5', () => {
    // n = 100, E = [50, 30, 20]; χ² = 2 + 3.3333 + 0 = 5.3333, df 2, p = exp(−2.6667) = 0.0694835 ≥ 0.05
    const r = testGroup({ a: 60, b: 20, c: 20 }, 100, BENCH, CATS, OPTS);
    expect(r).toEqual({ method: 'chi-square', statistic: expect.closeTo(16 / 3, 10), df: 2, p: expect.closeTo(0.0694835, 6), significant: false });
  });

  it('chi-square is significant below alpha', () => {
    // n = 100, E = [50, 30, 20]; O = [70, 15, 15]: χ² = 400/50 + 225/30 + 25/20 = 8 + 7.5 + 1.25 = 16.75
    // p = exp(−8.375) = 0.000230 < 0.05
    const r = testGroup({ a: 70, b: 15, c: 15 }, 100, BENCH, CATS, OPTS);
    expect(r.method).toBe('chi-square');
    if (r.method !== 'chi-square') return;
    expect(r.statistic).toBeCloseTo(16.75, 10);
    expect(r.p).toBeCloseTo(Math.exp(-8.375), 12);
    expect(r.significant).toBe(true);
  });

  it('uses exact binomial tests when an expected count is below 5, Bonferroni-combined', () => {
    // n = 10 at shares ½, ¼, ¼ (E = 5, 2.5, 2.5 -> small). O = [10, 0, 0].
    // a: 10 of 10 at ½: 2/1024 = 0.001953125
    // b, c: 0 of 10 at ¼: P(0) = 0.75^10 = 0.0563135; P(5) = 0.0583992 is more likely, so the
    //   outcomes as unlikely are 0 and 6..10: P(6..10) = 0.0162220 + 0.0030899 + 0.0003862
    //   + 0.0000286 + 0.0000010 = 0.0197277; p = 0.0563135 + 0.0197277 = 0.0760412
    // group p = min(1, 3 × 0.001953125) = 0.005859375 < 0.05
    const r = testGroup({ a: 10, b: 0, c: 0 }, 10, { a: 0.5, b: 0.25, c: 0.25 }, CATS, { minGroupSize: 10 });
    expect(r.method).toBe('exact-binomial');
    if (r.method !== 'exact-binomial') return;
    expect(r.perCategory.a).toBeCloseTo(2 / 1024, 12);
    expect(r.perCategory.b).toBeCloseTo(0.0760412, 6);
    expect(r.perCategory.c).toBeCloseTo(0.0760412, 6);
    expect(r.p).toBeCloseTo(0.005859375, 12);
    expect(r.significant).toBe(true);
  });

  it.each([
    { name: 'from percentages (flag)', counts: { a: 60, b: 20, c: 20 }, total: 100, opts: { ...OPTS, fromPercentages: true }, reason: 'from-percentages' },
    { name: 'fractional counts', counts: { a: 60.5, b: 19.5, c: 20 }, total: 100, opts: OPTS, reason: 'from-percentages' },
    { name: 'below the group minimum', counts: { a: 30, b: 10, c: 9 }, total: 49, opts: OPTS, reason: 'below-threshold' },
    { name: 'a suppressed count', counts: { a: 60, b: null, c: 20 }, total: 100, opts: OPTS, reason: 'suppressed' },
    { name: 'a suppressed total', counts: { a: 60, b: 20, c: 20 }, total: null, opts: OPTS, reason: 'suppressed' },
    { name: 'percentages win over a small group', counts: { a: 1, b: 1, c: 1 }, total: 3, opts: { ...OPTS, fromPercentages: true }, reason: 'from-percentages' },
    { name: 'a small group wins over suppression', counts: { a: 1, b: null, c: 1 }, total: 3, opts: OPTS, reason: 'below-threshold' },
  ])('claims nothing: $name', ({ counts, total, opts, reason }) => {
    expect(testGroup(counts, total, BENCH, CATS, opts)).toEqual({ method: 'none', reason });
  });

  it('claims nothing without a benchmark share', () => {
    expect(testGroup({ a: 60, b: 20, c: 20 }, 100, { a: 0.5, b: 0.5 }, CATS, OPTS)).toEqual({ method: 'none', reason: 'no-benchmark' });
  });

  it('rescales rounded benchmark shares instead of failing', () => {
    // shares 0.499 + 0.3 + 0.2 = 0.999 -> [0.4995, 0.3003, 0.2002]; n = 100 → E ≈ [49.95, 30.03, 20.02]
    // O = E rounded: χ² ≈ 0.05²/49.95 + 0.03²/30.03 + 0.02²/20.02 ≈ 0.0001 → p ≈ 1
    const r = testGroup({ a: 50, b: 30, c: 20 }, 100, { a: 0.499, b: 0.3, c: 0.2 }, CATS, OPTS);
    expect(r.method).toBe('chi-square');
    if (r.method === 'chi-square') expect(r.p).toBeGreaterThan(0.99);
  });

  it('respects a custom alpha', () => {
    // same data as the first case: p = 0.0695 < 0.10
    const r = testGroup({ a: 60, b: 20, c: 20 }, 100, BENCH, CATS, { ...OPTS, alpha: 0.1 });
    expect(r.method === 'chi-square' && r.significant).toBe(true);
  });
});
