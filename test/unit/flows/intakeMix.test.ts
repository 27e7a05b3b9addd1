import { describe, expect, it } from 'vitest';
import { intakeMix } from '../../../src/core/flows/intakeMix';
import type { FlowCount, StockCount } from '../../../src/core/flows/types';

const H = ['nederland', 'europa', 'buiten-europa'];
const hire = (category: string, count: number, group = 'Zorg', period = '2024'): FlowCount => ({ kind: 'in', period, group, category, count });
const benchmark = { nederland: 0.6, europa: 0.2, 'buiten-europa': 0.2 };

// Zorg hired 10 / 5 / 5 in 2024 from a 2023 stock of 60 / 10 / 30 (2022 must not be taken as the start).
const flows: FlowCount[] = [hire('nederland', 10), hire('europa', 5), hire('buiten-europa', 5), hire('nederland', 99, 'Zorg', '2023')];
const stocks: StockCount[] = [
  { period: '2022', group: 'Zorg', counts: { nederland: 1, europa: 1, 'buiten-europa': 1 } },
  { period: '2023', group: 'Zorg', counts: { nederland: 60, europa: 10, 'buiten-europa': 30 } },
];

describe('intakeMix', () => {
  it('sets the hires mix beside the stock at the start and the benchmark, in points', () => {
    const mix = intakeMix(flows, stocks, benchmark, '2024', { categories: H });
    expect(mix.startPeriod).toBe('2023');
    expect(mix.hires).toBe(20);
    // hires 10/20 = 0.5, 5/20 = 0.25, 0.25; stock 0.6, 0.1, 0.3;
    // vs benchmark (0.5 − 0.6)·100 = −10, +5, +5; vs stock −10, +15, −5
    const want = [
      { hireShare: 0.5, stockShare: 0.6, benchmarkShare: 0.6, vsBenchmarkPp: -10, vsStockPp: -10 },
      { hireShare: 0.25, stockShare: 0.1, benchmarkShare: 0.2, vsBenchmarkPp: 5, vsStockPp: 15 },
      { hireShare: 0.25, stockShare: 0.3, benchmarkShare: 0.2, vsBenchmarkPp: 5, vsStockPp: -5 },
    ];
    mix.rows.forEach((row, i) => {
      expect(row.category).toBe(H[i]);
      for (const [k, v] of Object.entries(want[i]!)) expect(row[k as keyof typeof row]).toBeCloseTo(v as number, 12);
    });
  });

  it('tests the hires against the benchmark with the goodness-of-fit chi-square', () => {
    // expected 20 × (0.6, 0.2, 0.2) = 12, 4, 4: χ² = 4/12 + 1/4 + 1/4 = 0.8333…, df 2,
    // p = exp(−χ²/2) = exp(−0.416667) = 0.659241 (df 2 survival is exp(−x/2); scipy.stats.chisquare agrees)
    const { test } = intakeMix(flows, stocks, benchmark, '2024', { categories: H });
    expect(test.method).toBe('goodness-of-fit');
    if (test.method !== 'goodness-of-fit') return;
    expect(test.statistic).toBeCloseTo(5 / 6, 12);
    expect(test.df).toBe(2);
    expect(test.p).toBeCloseTo(0.659241, 5);
  });

  it('rescales rounded benchmark shares for the test but reports them as given', () => {
    // 0.6 + 0.2 + 0.199 = 0.999: tested as 0.6/0.999 …, which goodnessOfFit alone would refuse
    const mix = intakeMix(flows, stocks, { ...benchmark, 'buiten-europa': 0.199 }, '2024', { categories: H });
    expect(mix.rows[2]!.benchmarkShare).toBe(0.199);
    expect(mix.test.method).toBe('goodness-of-fit');
  });

  it('sums groups unless one is chosen', () => {
    const more = [...flows, hire('nederland', 4, 'Bouw')];
    const moreStocks = [...stocks, { period: '2023', group: 'Bouw', counts: { nederland: 20, europa: 0, 'buiten-europa': 0 } }];
    // all: hires 14 / 5 / 5 of 24; stock 80 / 10 / 30 of 120
    const all = intakeMix(more, moreStocks, benchmark, '2024', { categories: H });
    expect(all.rows[0]!.hireShare).toBeCloseTo(14 / 24, 12);
    expect(all.rows[0]!.stockShare).toBeCloseTo(80 / 120, 12);
    const zorg = intakeMix(more, moreStocks, benchmark, '2024', { categories: H, group: 'Zorg' });
    expect(zorg.rows[0]!.hireShare).toBe(0.5);
  });

  it('says why it does not test: no hires, no benchmark, counts that are not whole', () => {
    expect(intakeMix([], stocks, benchmark, '2024', { categories: H }).test).toEqual({ method: 'none', reason: 'no-hires' });
    expect(intakeMix([], stocks, benchmark, '2024', { categories: H }).rows[0]!.hireShare).toBeNull();
    const noEuropa = { nederland: 0.6, 'buiten-europa': 0.2 };
    const partial = intakeMix(flows, stocks, noEuropa, '2024', { categories: H });
    expect(partial.test).toEqual({ method: 'none', reason: 'no-benchmark' });
    expect(partial.rows[1]!.vsBenchmarkPp).toBeNull();
    const fractional = [...flows, hire('europa', 0.5)];
    expect(intakeMix(fractional, stocks, benchmark, '2024', { categories: H }).test).toEqual({ method: 'none', reason: 'not-whole-counts' });
  });

  it('has no stock share when no stock precedes the period or an origin is unknown in it', () => {
    const none = intakeMix(flows, stocks, benchmark, '2022', { categories: H });
    expect(none.startPeriod).toBeNull();
    const unknown = [{ period: '2023', group: 'Zorg', counts: { nederland: 60, europa: null, 'buiten-europa': 30 } }];
    const mix = intakeMix(flows, unknown, benchmark, '2024', { categories: H });
    expect(mix.rows.map((r) => r.stockShare)).toEqual([null, null, null]);
    expect(mix.rows[0]!.vsStockPp).toBeNull();
  });
});
