import { describe, expect, it } from 'vitest';
import { flowMeasures, intakeExportTable, largestIntakeShift, rateFinding, ratesExportTable, funnelExportTable, rateRows, type FlowsPeriodModel } from '../../../src/core/views/flows';

const C = ['nederland', 'europa', 'buiten-europa'];
const labels = { title: 'T', categories: { nederland: 'NL', europa: 'EU', 'buiten-europa': 'BE' }, headers: {}, yes: 'ja', no: 'nee' };

describe('rateFinding', () => {
  const measure = (events: Record<string, number | null>, base: Record<string, number | null>, selection = true) => ({
    id: 'm',
    kind: selection ? ('funnel' as const) : ('out' as const),
    from: 'a',
    to: 'b',
    selection,
    rates: rateRows(events, base, C, 'nederland'),
  });

  it('names the origin furthest below four-fifths of the reference', () => {
    // 40/100 = 0.4 reference; 15/50 = 0.3 (ratio 0.75); 10/50 = 0.2 (ratio 0.5)
    const f = rateFinding(measure({ nederland: 40, europa: 15, 'buiten-europa': 10 }, { nederland: 100, europa: 50, 'buiten-europa': 50 }));
    expect(f).toMatchObject({ code: 'below', category: 'buiten-europa', rate: 0.2, referenceRate: 0.4 });
    expect(f.code === 'below' && f.ratio).toBeCloseTo(0.5, 12);
  });

  it('says all reach four-fifths when the lowest ratio does', () => {
    // 0.4 reference; 0.34 (ratio 0.85) and 0.36 (0.9)
    expect(rateFinding(measure({ nederland: 40, europa: 17, 'buiten-europa': 18 }, { nederland: 100, europa: 50, 'buiten-europa': 50 })).code).toBe('above');
  });

  it('for leavers names the origin leaving most often relative to the reference', () => {
    // 0.1 reference; 0.2 (ratio 2) and 0.15 (1.5)
    const f = rateFinding(measure({ nederland: 10, europa: 10, 'buiten-europa': 6 }, { nederland: 100, europa: 50, 'buiten-europa': 40 }, false));
    expect(f).toMatchObject({ code: 'leavers', category: 'europa' });
  });

  it('has nothing to say when the reference is hidden', () => {
    expect(rateFinding(measure({ nederland: null, europa: 10, 'buiten-europa': 6 }, { nederland: 100, europa: 50, 'buiten-europa': 40 })).code).toBe('none');
  });
});

describe('flow exports', () => {
  it('writes a suppressed origin as hidden numbers and a shown one with its interval and ratio', () => {
    const rates = rateRows({ nederland: 20, europa: null, 'buiten-europa': 5 }, { nederland: 100, europa: 50, 'buiten-europa': 50 }, C, 'nederland');
    const table = ratesExportTable(rates, labels, 'nl');
    expect(table.rows[1]).toEqual({ category: 'EU', events: null, base: null, rate: null, low: null, high: null, ratio: null });
    // 20/100: Wilson [0.1334, 0.2888]; the reference has ratio 1 and no p against itself
    expect(table.rows[0]).toMatchObject({ category: 'NL', events: 20, base: 100, rate: 0.2, ratio: 1, fourFifths: 'nee' });
    expect(table.rows[0]!.low as number).toBeCloseTo(0.13337, 4);
    expect(table.rows[0]!.p).toBeUndefined();
    // 5/50 = 0.1: ratio 0.5, below four-fifths
    expect(table.rows[2]).toMatchObject({ ratio: 0.5, fourFifths: 'ja' });
  });

  it('writes the funnel per stage, hidden counts as null', () => {
    const stages = [{ stage: 's', total: 30, counts: { nederland: 20, europa: null, 'buiten-europa': 10 }, shares: {}, reasons: {} }];
    expect(funnelExportTable(stages, C, labels, 'nl').rows).toEqual([{ stage: 's', total: 30, nederland: 20, europa: null, 'buiten-europa': 10 }]);
  });

  it('lists measures as funnel steps, promotions, then leavers', () => {
    const rates = rateRows({}, {}, C, 'nederland');
    const model = { funnelSteps: [{ from: 'a', to: 'b', ...rates }], promotions: [{ from: '1', to: '2', ...rates }], leavers: rates } as unknown as FlowsPeriodModel;
    expect(flowMeasures(model).map((m) => [m.id, m.selection])).toEqual([
      ['funnel 0', true],
      ['promotion 0', true],
      ['out', false],
    ]);
  });
});

describe('largestIntakeShift', () => {
  it('picks the largest difference either way, skipping unknown ones', () => {
    const row = (category: string, vsStockPp: number | null, vsBenchmarkPp: number | null = null) => ({
      category,
      hires: 1,
      hireShare: null,
      stockShare: null,
      vsStockPp,
      benchmarkShare: null,
      vsBenchmarkPp,
    });
    // |−10| > |+6|; the unknown one is skipped
    expect(largestIntakeShift([row('a', 6), row('b', -10), row('c', null)])?.category).toBe('b');
    expect(largestIntakeShift([row('a', null)])).toBeNull();
    // against the benchmark: |+7| > |−3|, whatever the stock differences
    expect(largestIntakeShift([row('a', 20, -3), row('b', 1, 7)], 'vsBenchmarkPp')?.category).toBe('b');
  });
});

describe('intakeExportTable', () => {
  const rows = [
    { category: 'nederland', hires: 25, hireShare: 0.5, stockShare: 0.6, vsStockPp: -10, benchmarkShare: 0.7, vsBenchmarkPp: -20 },
    { category: 'europa', hires: null, hireShare: null, stockShare: 0.2, vsStockPp: null, benchmarkShare: 0.1, vsBenchmarkPp: null },
  ];

  it('adds the benchmark and the difference from it when there is a benchmark', () => {
    const table = intakeExportTable(rows, labels, 'nl');
    expect(table.columns.map((c) => c.id)).toEqual(['category', 'hires', 'hireShare', 'stockShare', 'vsStockPp', 'benchmarkShare', 'vsBenchmarkPp']);
    expect(table.rows[0]).toMatchObject({ category: 'NL', benchmarkShare: 0.7, vsBenchmarkPp: -20 });
    expect(table.rows[1]).toMatchObject({ hires: null, vsBenchmarkPp: null });
  });

  it('has no benchmark columns without a benchmark', () => {
    const bare = rows.map((r) => ({ ...r, benchmarkShare: null, vsBenchmarkPp: null }));
    expect(intakeExportTable(bare, labels, 'nl').columns.map((c) => c.id)).toEqual(['category', 'hires', 'hireShare', 'stockShare', 'vsStockPp']);
  });
});
