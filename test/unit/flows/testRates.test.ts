import { describe, expect, it } from 'vitest';
import { testRates } from '../../../src/core/flows/testRates';

describe('testRates', () => {
  it('two origins: Fisher’s exact test of the 2×2 table', () => {
    // [[20,80],[35,65]]: scipy.stats.fisher_exact p 0.026117952125054366, odds ratio 1300/2800
    const t = testRates([
      { events: 20, base: 100 },
      { events: 35, base: 100 },
    ]);
    expect(t).toEqual({ method: 'fisher-exact', p: expect.closeTo(0.026117952125054366, 10), oddsRatio: expect.closeTo(1300 / 2800, 14) });
  });

  it('three origins: chi-square test of independence, as chi2_contingency(correction=False)', () => {
    // [[20,80],[10,90],[30,70]]: 60 of 300 overall, so E = 20 events and 80 others per row;
    // events (0 + 100 + 100)/20 = 10, others (0 + 100 + 100)/80 = 2.5: X² = 12.5, df 2,
    // p = e^(−12.5/2) = 0.0019304541362277 (scipy: 0.0019304541362277095)
    const t = testRates([
      { events: 20, base: 100 },
      { events: 10, base: 100 },
      { events: 30, base: 100 },
    ]);
    expect(t).toEqual({ method: 'chi-square', statistic: expect.closeTo(12.5, 12), df: 2, p: expect.closeTo(Math.exp(-6.25), 14), minExpected: 20 });
  });

  it('reports the smallest expected cell so a rough approximation can be flagged', () => {
    // [[1,9],[2,8],[0,10]]: 3 of 30, E events = 1 per row: minExpected 1 (below Cochran’s 5)
    const t = testRates([
      { events: 1, base: 10 },
      { events: 2, base: 10 },
      { events: 0, base: 10 },
    ]);
    expect(t.method === 'chi-square' && t.minExpected).toBeCloseTo(1, 12);
  });

  it('nobody promoted anywhere: statistic 0, p 1', () => {
    const t = testRates([
      { events: 0, base: 10 },
      { events: 0, base: 20 },
      { events: 0, base: 5 },
    ]);
    expect(t).toMatchObject({ method: 'chi-square', statistic: 0, p: 1 });
  });

  it('fewer than two origins: no test', () => {
    expect(testRates([{ events: 3, base: 10 }])).toEqual({ method: 'none', reason: 'fewer-than-two-origins' });
  });
});
