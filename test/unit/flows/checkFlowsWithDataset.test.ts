import { describe, expect, it } from 'vitest';
import { checkFlowsWithDataset, stocksOfDataset, type Dataset, type FlowCount } from '../../../src/core';

// Two units over two years, split by salary scale; Buiten Europa of Zorg/hoog 2024 is suppressed at the source.
const dataset: Dataset = {
  scheme: 'herkomst',
  dimensions: ['jaar', 'afdeling', 'schaal'],
  groups: [
    { key: { jaar: '2023', afdeling: 'Zorg', schaal: 'laag' }, total: 60, counts: { nederland: 40, europa: 10, 'buiten-europa': 10 } },
    { key: { jaar: '2023', afdeling: 'Zorg', schaal: 'hoog' }, total: 40, counts: { nederland: 30, europa: 5, 'buiten-europa': 5 } },
    { key: { jaar: '2024', afdeling: 'Zorg', schaal: 'laag' }, total: 65, counts: { nederland: 42, europa: 11, 'buiten-europa': 12 } },
    { key: { jaar: '2024', afdeling: 'Zorg', schaal: 'hoog' }, total: 40, counts: { nederland: 30, europa: 5, 'buiten-europa': 0 }, suppressed: ['buiten-europa'] },
    { key: { jaar: '2023', afdeling: 'ICT', schaal: 'laag' }, total: 20, counts: { nederland: 15, europa: 5, 'buiten-europa': 0 } },
    { key: { jaar: '2024', afdeling: 'ICT', schaal: 'laag' }, total: 22, counts: { nederland: 16, europa: 6, 'buiten-europa': 0 } },
  ],
};
const flow = (group: string, category: string, kind: 'in' | 'out', count: number): FlowCount => ({ period: '2024', group, category, kind, count });

describe('flows against the dataset they are added to', () => {
  it('sums stocks per year and the dimension that names the flows’ groups; a source-suppressed origin is unknown', () => {
    const stocks = stocksOfDataset(dataset, [flow('Zorg', 'nederland', 'in', 1)])!;
    // Zorg 2023: 40+30, 10+5, 10+5; Zorg 2024: 42+30, 11+5, unknown.
    expect(stocks.find((s) => s.period === '2023' && s.group === 'Zorg')!.counts).toEqual({ nederland: 70, europa: 15, 'buiten-europa': 15 });
    expect(stocks.find((s) => s.period === '2024' && s.group === 'Zorg')!.counts).toEqual({ nederland: 72, europa: 16, 'buiten-europa': null });
    // Flows of the whole organisation: one stock per year, 2023 = 70+15 Nederland.
    expect(stocksOfDataset(dataset, [flow('', 'nederland', 'in', 1)])!.find((s) => s.period === '2023')!.counts.nederland).toBe(85);
    // A group no dimension has: nothing to check.
    expect(stocksOfDataset(dataset, [flow('Financiën', 'nederland', 'in', 1)])).toBeNull();
  });

  it('locates a stock that is not the one before plus hires minus leavers', () => {
    const flows = [flow('Zorg', 'nederland', 'in', 5), flow('Zorg', 'nederland', 'out', 3), flow('ICT', 'nederland', 'in', 1), flow('ICT', 'europa', 'in', 2)];
    const { checked, mismatches } = checkFlowsWithDataset(dataset, flows);
    expect(checked).toBe(true);
    // Zorg Nederland 70 + 5 − 3 = 72 ✓; ICT Nederland 15 + 1 = 16 ✓; ICT Europa 5 + 2 = 7 ≠ 6 ✗;
    // Zorg Europa 15 + 0 = 15 ≠ 16 ✗ (no flow means none); Zorg Buiten Europa unknown: skipped.
    expect(mismatches.map((m) => [m.params.group, m.params.category, m.params.expected, m.params.found])).toEqual(
      expect.arrayContaining([
        ['ICT', 'europa', 7, 6],
        ['Zorg', 'europa', 15, 16],
      ]),
    );
    expect(mismatches).toHaveLength(2);
  });

  it('checks nothing without a year', () => {
    const noYear: Dataset = { ...dataset, dimensions: ['afdeling', 'schaal'] };
    expect(checkFlowsWithDataset(noYear, [flow('Zorg', 'nederland', 'in', 1)])).toEqual({ checked: false, mismatches: [] });
  });
});
