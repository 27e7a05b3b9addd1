import { describe, expect, it } from 'vitest';
import { checkStockFlow } from '../../../src/core/flows/checkStockFlow';
import type { FlowCount, StockCount } from '../../../src/core/flows/types';

const H = ['nederland', 'europa', 'buiten-europa'];
const flow = (kind: 'in' | 'out', period: string, category: string, count: number, group = 'Zorg'): FlowCount => ({ kind, period, group, category, count });

// Zorg: 2023 stock 50 / 10 / 20; in 2024 hired 8 / 3 / 6, left 5 / 2 / 1;
// so 2024 must be 50+8−5 = 53, 10+3−2 = 11, 20+6−1 = 25.
const stocks: StockCount[] = [
  { period: '2023', group: 'Zorg', counts: { nederland: 50, europa: 10, 'buiten-europa': 20 } },
  { period: '2024', group: 'Zorg', counts: { nederland: 53, europa: 11, 'buiten-europa': 25 } },
];
const flows: FlowCount[] = [
  flow('in', '2024', 'nederland', 8),
  flow('in', '2024', 'europa', 3),
  flow('in', '2024', 'buiten-europa', 6),
  flow('out', '2024', 'nederland', 5),
  flow('out', '2024', 'europa', 2),
  flow('out', '2024', 'buiten-europa', 1),
];

describe('checkStockFlow', () => {
  it('finds nothing when every stock is the one before plus in minus out', () => {
    expect(checkStockFlow(stocks, flows, ['2023', '2024'], H)).toEqual([]);
  });

  it('locates a mismatch at group, period and origin with expected and found', () => {
    // Buiten Europa 2024 recorded as 24 instead of 20 + 6 − 1 = 25
    const wrong = [stocks[0]!, { ...stocks[1]!, counts: { ...stocks[1]!.counts, 'buiten-europa': 24 } }];
    expect(checkStockFlow(wrong, flows, ['2023', '2024'], H)).toEqual([
      {
        severity: 'error',
        code: 'stock-flow-mismatch',
        params: { group: 'Zorg', previousPeriod: '2023', period: '2024', category: 'buiten-europa', expected: 25, found: 24 },
      },
    ]);
  });

  it('an origin without a flow count had no flow; promotions and funnel counts move nobody', () => {
    // Only Nederland moved (+8 −5); Europa and Buiten Europa must stay 10 and 20.
    const few: FlowCount[] = [
      flow('in', '2024', 'nederland', 8),
      flow('out', '2024', 'nederland', 5),
      { kind: 'promotion', period: '2024', group: 'Zorg', category: 'europa', count: 4, fromLevel: 'A', toLevel: 'B' },
      { kind: 'funnel', period: '2024', group: 'Zorg', category: 'europa', count: 40, stage: 'gesprek' },
    ];
    const s: StockCount[] = [stocks[0]!, { period: '2024', group: 'Zorg', counts: { nederland: 53, europa: 10, 'buiten-europa': 21 } }];
    const found = checkStockFlow(s, few, ['2023', '2024'], H);
    expect(found.map((i) => [i.params.category, i.params.expected, i.params.found])).toEqual([['buiten-europa', 20, 21]]);
  });

  it('skips unknown stocks, periods without flows and groups of other periods', () => {
    const s: StockCount[] = [
      { period: '2023', group: 'Zorg', counts: { nederland: 50, europa: null, 'buiten-europa': 20 } },
      { period: '2024', group: 'Zorg', counts: { nederland: 53, europa: 99, 'buiten-europa': 25 } },
      // ICT has stocks but no flows in 2024: not checked, though 7 ≠ 9
      { period: '2023', group: 'ICT', counts: { nederland: 7 } },
      { period: '2024', group: 'ICT', counts: { nederland: 9 } },
    ];
    expect(checkStockFlow(s, flows, ['2023', '2024'], H)).toEqual([]);
  });

  it('checks each consecutive pair of periods in the order given', () => {
    // 2025: Nederland 53 + 4 − 0 = 57, found 56 (others unchanged, no flows for them)
    const s: StockCount[] = [...stocks, { period: '2025', group: 'Zorg', counts: { nederland: 56, europa: 11, 'buiten-europa': 25 } }];
    const f = [...flows, flow('in', '2025', 'nederland', 4)];
    const found = checkStockFlow(s, f, ['2023', '2024', '2025'], H);
    expect(found.map((i) => i.params)).toEqual([
      { group: 'Zorg', previousPeriod: '2024', period: '2025', category: 'nederland', expected: 57, found: 56 },
    ]);
  });

  it('allows the unrounded fractions of counts from percentages', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary; the recorded 0.3 matches
    const s: StockCount[] = [
      { period: '1', group: '', counts: { nederland: 0.1 } },
      { period: '2', group: '', counts: { nederland: 0.3 } },
    ];
    const f: FlowCount[] = [flow('in', '2', 'nederland', 0.2, '')];
    expect(checkStockFlow(s, f, ['1', '2'], ['nederland'])).toEqual([]);
  });
});
