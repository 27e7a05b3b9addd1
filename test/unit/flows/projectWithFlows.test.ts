import { describe, expect, it } from 'vitest';
import { observedFlowRates, projectWithFlows, type ObservedFlowRates } from '../../../src/core/flows/projectWithFlows';
import type { FlowCount, StockCount } from '../../../src/core/flows/types';

// Two origins, 80 A and 20 B; A leaves at 10% a year, B at 20%; hires are 15% of the stock, half of them B.
const rates: ObservedFlowRates = {
  stock: { a: 80, b: 20 },
  intakeMix: { a: 0.5, b: 0.5 },
  leaverRate: { a: 0.1, b: 0.2 },
  hireRate: 0.15,
};
// By hand, n(t+1) = n(t)·(1 − l) + mix·0.15·N(t):
// 2025: hires 15      A = 80·0.9 + 7.5 = 79.5        B = 20·0.8 + 7.5 = 23.5      N 103      B 23.5/103 = 0.228155
// 2026: hires 15.45   A = 79.5·0.9 + 7.725 = 79.275  B = 23.5·0.8 + 7.725 = 26.525 N 105.8    B 26.525/105.8 = 0.250709
// 2027: hires 15.87   A = 71.3475 + 7.935 = 79.2825  B = 21.22 + 7.935 = 29.155   N 108.4375 B 29.155/108.4375 = 0.268865
const input = { rates, category: 'b', fromYear: 2024, untilYear: 2027 };

describe('projectWithFlows', () => {
  it('projects the share year by year from the observed rates', () => {
    const { years } = projectWithFlows({ ...input, targetShare: 0.25 });
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    const want = [0.2, 0.228155, 0.250709, 0.268865];
    years.forEach((y, i) => expect(y.share).toBeCloseTo(want[i]!, 6));
    expect(years.map((y) => y.total)).toEqual([100, 103, expect.closeTo(105.8, 9), expect.closeTo(108.4375, 9)]);
  });

  it('names the first year the target is met, or null', () => {
    // 0.228 < 0.25 ≤ 0.2507: reached in 2026
    expect(projectWithFlows({ ...input, targetShare: 0.25 }).reachedYear).toBe(2026);
    // 0.268865 < 0.3 by 2027
    expect(projectWithFlows({ ...input, targetShare: 0.3 }).reachedYear).toBeNull();
    // already 0.2 ≥ 0.2 now
    expect(projectWithFlows({ ...input, targetShare: 0.2 }).reachedYear).toBe(2024);
  });

  it('reads a ceiling with at-most: A falls from 0.8 to 1 − 0.250709 = 0.749291 in 2026', () => {
    const ceiling = projectWithFlows({ ...input, category: 'a', targetShare: 0.75, direction: 'at-most' });
    expect(ceiling.reachedYear).toBe(2026);
  });

  it('refuses a target share outside [0, 1]', () => {
    expect(() => projectWithFlows({ ...input, targetShare: 25 })).toThrow(RangeError);
  });
});

const H = ['nederland', 'europa', 'buiten-europa'];
const f = (kind: 'in' | 'out', category: string, count: number): FlowCount => ({ kind, period: '2024', group: 'Zorg', category, count });
// 2023: 60 / 10 / 30; in 2024 hired 10 / 5 / 5 and lost 6 / 1 / 3, so 2024 is 64 / 14 / 32.
const stocks: StockCount[] = [
  { period: '2023', group: 'Zorg', counts: { nederland: 60, europa: 10, 'buiten-europa': 30 } },
  { period: '2024', group: 'Zorg', counts: { nederland: 64, europa: 14, 'buiten-europa': 32 } },
];
const flows = [f('in', 'nederland', 10), f('in', 'europa', 5), f('in', 'buiten-europa', 5), f('out', 'nederland', 6), f('out', 'europa', 1), f('out', 'buiten-europa', 3)];

describe('observedFlowRates', () => {
  it('turns a year of flows into rates: leavers per start stock, hires per whole start stock', () => {
    // leavers 6/60 = 0.1, 1/10 = 0.1, 3/30 = 0.1; hires 20 of 100 = 0.2, mix 10/20, 5/20, 5/20
    const got = observedFlowRates(flows, stocks, '2024', { categories: H });
    expect(got).toEqual({
      ok: true,
      rates: {
        stock: { nederland: 64, europa: 14, 'buiten-europa': 32 },
        intakeMix: { nederland: 0.5, europa: 0.25, 'buiten-europa': 0.25 },
        leaverRate: { nederland: 0.1, europa: 0.1, 'buiten-europa': 0.1 },
        hireRate: 0.2,
      },
    });
  });

  it('replays the observed year: one step from the start stock gives the end stock', () => {
    const got = observedFlowRates(flows, stocks, '2024', { categories: H });
    if (!got.ok) throw new Error('expected rates');
    const fromStart = { ...got.rates, stock: { nederland: 60, europa: 10, 'buiten-europa': 30 } };
    const step = projectWithFlows({ rates: fromStart, category: 'buiten-europa', targetShare: 1, fromYear: 2023, untilYear: 2024 });
    // 32 of 64 + 14 + 32 = 110
    expect(step.years[1]!.total).toBeCloseTo(110, 9);
    expect(step.years[1]!.share).toBeCloseTo(32 / 110, 12);
  });

  it('says why there are no rates', () => {
    expect(observedFlowRates(flows, stocks.slice(0, 1), '2024', { categories: H })).toEqual({ ok: false, reason: 'no-stock' });
    const empty = [{ period: '2023', group: 'Zorg', counts: { nederland: 0, europa: 0, 'buiten-europa': 0 } }, stocks[1]!];
    expect(observedFlowRates(flows, empty, '2024', { categories: H })).toEqual({ ok: false, reason: 'empty-stock' });
    const noEuropa = [{ period: '2023', group: 'Zorg', counts: { nederland: 70, europa: 0, 'buiten-europa': 30 } }, stocks[1]!];
    expect(observedFlowRates(flows, noEuropa, '2024', { categories: H })).toEqual({ ok: false, reason: 'leavers-without-stock', category: 'europa' });
  });

  it('gives a mix of zeros and a hire rate of 0 when nobody was hired', () => {
    const got = observedFlowRates(flows.filter((x) => x.kind === 'out'), stocks, '2024', { categories: H });
    expect(got.ok && got.rates.hireRate).toBe(0);
    expect(got.ok && got.rates.intakeMix).toEqual({ nederland: 0, europa: 0, 'buiten-europa': 0 });
  });
});
