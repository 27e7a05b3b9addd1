import { describe, expect, it } from 'vitest';
import { overviewExportTable, type OverviewExportLabels } from '../../../src/core/views/export';
import { toCsv } from '../../../src/core/export';
import type { OverviewModel, OverviewRow } from '../../../src/core/views';

const labels: OverviewExportLabels = {
  title: 'Herkomst 2024',
  categories: { nederland: 'Nederland', europa: 'Europa', 'buiten-europa': 'Buiten Europa' },
  headers: { category: 'Herkomst', count: 'Aantal', share: 'Aandeel', benchmark: 'Benchmark', difference: 'Verschil', index: 'Index' },
  total: 'Totaal',
};

/** A row with its measures given by hand (the builder copies, so the values need not be consistent). */
function row(category: string, values: Partial<OverviewRow>): OverviewRow {
  return { category, count: null, share: null, benchmarkShare: null, differencePp: null, index: null, expected: null, gap: null, ...values };
}

// 200 staff: Nederland 140 (70%) against 75%: −5 points, index 0.70/0.75 ≈ 0.9333;
// Europa suppressed (null) against 10%; Buiten Europa 40 (20%) against a benchmark share of 0.
const model: OverviewModel = {
  key: { jaar: '2024' },
  total: 200,
  rows: [
    row('nederland', { count: 140, share: 0.7, benchmarkShare: 0.75, differencePp: -5, index: 0.7 / 0.75 }),
    row('europa', { count: null, share: null, benchmarkShare: 0.1, reason: 'cell-too-small' }),
    row('buiten-europa', { count: 40, share: 0.2, benchmarkShare: 0, differencePp: 20, index: null }),
  ],
};

describe('overviewExportTable', () => {
  const table = overviewExportTable(model, labels, 'nl', ['Bron: test']);

  it('has one column per measure with the kind that decides its format', () => {
    expect(table.columns.map((c) => [c.id, c.kind])).toEqual([
      ['category', 'text'],
      ['count', 'count'],
      ['share', 'share'],
      ['benchmark', 'share'],
      ['difference', 'pp'],
      ['index', 'index'],
    ]);
    expect(table.columns.map((c) => c.label)).toEqual(['Herkomst', 'Aantal', 'Aandeel', 'Benchmark', 'Verschil', 'Index']);
  });

  it.each([
    // A published row: every value copied as it is.
    ['nederland', { category: 'Nederland', count: 140, share: 0.7, benchmark: 0.75, difference: -5, index: 0.7 / 0.75 }],
    // Suppressed count: count, share and the measures built on them are null ('.'); the benchmark share is public.
    ['europa', { category: 'Europa', count: null, share: null, benchmark: 0.1, difference: null, index: null }],
    // Benchmark share 0: no index (not applicable, so absent = empty cell, not '.').
    ['buiten-europa', { category: 'Buiten Europa', count: 40, share: 0.2, benchmark: 0, difference: 20 }],
  ])('copies the row of %s', (category, expected) => {
    const index = model.rows.findIndex((r) => r.category === category);
    expect(table.rows[index]).toEqual(expected);
  });

  it('ends with the total row holding the headcount only', () => {
    expect(table.rows.at(-1)).toEqual({ category: 'Totaal', count: 200 });
  });

  it('leaves benchmark columns empty, not suppressed, when there is no benchmark', () => {
    const without = overviewExportTable({ ...model, rows: [row('nederland', { count: 140, share: 0.7 })] }, labels, 'en', []);
    expect(without.rows[0]).toEqual({ category: 'Nederland', count: 140, share: 0.7 });
    // machine CSV: 140 of 200 = 70 (percent), then three empty fields.
    expect(toCsv(without, 'machine').split('\r\n')[1]).toBe('Nederland,140,70,,,');
  });

  it('keeps title, locale and notes, and a suppressed value becomes "." in the CSV', () => {
    expect([table.title, table.locale, table.notes]).toEqual(['Herkomst 2024', 'nl', ['Bron: test']]);
    // nl-excel: Europa row = label; '.'; '.'; 10,0 (0.1 as a percentage); '.'; '.'
    expect(toCsv(table, 'nl-excel').split('\r\n')).toContain('Europa;.;.;10,0;.;.');
  });

  it('falls back to the category id when a label is missing', () => {
    const unlabelled = overviewExportTable(model, { ...labels, categories: {} }, 'nl', []);
    expect(unlabelled.rows.slice(0, 3).map((r) => r.category)).toEqual(['nederland', 'europa', 'buiten-europa']);
  });
});
