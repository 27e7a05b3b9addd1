import { describe, expect, it } from 'vitest';
import { groupsModel, measureCells, measureGroups, selectGroups, testGroups } from '../../../src/core/views/analysis';
import { categories, cells, table } from './fixtures';

const benchmark = { nederland: 0.75, europa: 0.1, 'buiten-europa': 0.15 };

// 2024: unit A 200 staff (140 / 20 / 40), unit B 40 staff (30 / 4 / 6), unit C hidden (too small).
// 2023 cells for A carry other numbers: the year filter must keep them out.
const published = table(
  10,
  cells({ jaar: '2024', afdeling: 'A' }, 200, [140, 20, 40]),
  cells({ jaar: '2024', afdeling: 'B' }, 40, [30, 4, 6]),
  cells({ jaar: '2024', afdeling: 'C' }, null, [null, null, null]),
  cells({ jaar: '2023', afdeling: 'A' }, 100, [50, 25, 25]),
);

function model(extra: Partial<Parameters<typeof groupsModel>[0]> = {}) {
  return groupsModel({ table: published, dimensions: ['afdeling'], filter: { jaar: '2024' }, categories, benchmark, ...extra });
}

describe('groupsModel', () => {
  it('lists group × category for the filtered year only, group-major, with the grouping as label', () => {
    const m = model();
    expect(m.groups).toEqual(['A', 'B', 'C']);
    expect(m.rows.map((r) => r.id)).toEqual([
      'A|nederland', 'A|europa', 'A|buiten-europa',
      'B|nederland', 'B|europa', 'B|buiten-europa',
      'C|nederland', 'C|europa', 'C|buiten-europa',
    ]);
    expect(m.dimensions).toEqual(['afdeling']);
  });

  it('computes every measure of a group from its published counts', () => {
    const a = model().rows.find((r) => r.id === 'A|buiten-europa')!;
    // 40 / 200 = 20%; benchmark 15%: +5 pp; index 0.20 / 0.15 = 1.333; expected 200 × 0.15 = 30; gap 40 − 30 = +10.
    expect(a.share).toBeCloseTo(0.2, 12);
    expect(a.differencePp).toBeCloseTo(5, 12);
    expect(a.index).toBeCloseTo(4 / 3, 12);
    expect(a.expected).toBeCloseTo(30, 12);
    expect(a.gap).toBeCloseTo(10, 12);
    // Wilson 95% for 40 of 200 (z = 1.96, z² = 3.8415): centre (0.2 + 3.8415/400)/(1 + 3.8415/200)
    // = 0.20960/1.019207 = 0.20565; half-width 1.96/1.019207 × sqrt(0.2×0.8/200 + 3.8415/160000)
    // = 1.92306 × 0.028705 = 0.05520 -> [0.15045, 0.26086].
    expect(a.interval!.low).toBeCloseTo(0.15045, 4);
    expect(a.interval!.high).toBeCloseTo(0.26086, 4);
  });

  it('tests A with chi-square: expected counts 150 / 20 / 30 are all ≥ 5', () => {
    const a = model().rows.find((r) => r.group === 'A')!;
    // χ² = (140−150)²/150 + (20−20)²/20 + (40−30)²/30 = 0.6667 + 0 + 3.3333 = 4.0, df 2, p = e^(−2) = 0.1353.
    expect(a.test.method).toBe('chi-square');
    if (a.test.method !== 'chi-square') return;
    expect(a.test.statistic).toBeCloseTo(4, 10);
    expect(a.test.df).toBe(2);
    expect(a.test.p).toBeCloseTo(Math.exp(-2), 8);
    expect(a.test.significant).toBe(false);
  });

  it('uses the exact binomial test for B, whose expected Europa count is 40 × 0.10 = 4 < 5', () => {
    const b = model().rows.find((r) => r.group === 'B')!;
    expect(b.test.method).toBe('exact-binomial');
  });

  it('claims no significance for a group hidden for being too small, and says so', () => {
    const c = model().rows.find((r) => r.group === 'C')!;
    expect(c.test).toEqual({ method: 'none', reason: 'below-threshold' });
    expect(c.share).toBeNull();
    expect(c.interval).toBeNull();
    expect(c.totalReason).toBe('group-too-small');
    expect(c.reason).toBe('group-too-small');
  });

  it('claims no significance for a shown group below the threshold', () => {
    // groupMin 50: B (40 staff) is below it although its cells are published here.
    const b = model({ table: { ...published, rules: { groupMin: 50, cellMin: 5 } } }).rows.find((r) => r.group === 'B')!;
    expect(b.test).toEqual({ method: 'none', reason: 'below-threshold' });
  });

  it('claims no significance for counts from percentages', () => {
    const a = model({ fromPercentages: true }).rows.find((r) => r.group === 'A')!;
    expect(a.test).toEqual({ method: 'none', reason: 'from-percentages' });
  });

  it('leaves benchmark measures empty without a benchmark, but keeps shares and intervals', () => {
    const a = model({ benchmark: null }).rows.find((r) => r.id === 'A|nederland')!;
    expect(a.share).toBeCloseTo(0.7, 12); // 140 / 200
    expect(a.benchmarkShare).toBeNull();
    expect(a.differencePp).toBeNull();
    expect(a.interval).not.toBeNull();
    expect(a.test).toEqual({ method: 'none', reason: 'no-benchmark' });
  });

  it('groups by every dimension at once for the finest groups, labelled value · value', () => {
    const fine = table(
      10,
      cells({ jaar: '2024', afdeling: 'A', schaal: 'S1' }, 120, [80, 10, 30]),
      cells({ jaar: '2024', afdeling: 'A', schaal: 'S2' }, 80, [60, 10, 10]),
    );
    const m = groupsModel({ table: fine, dimensions: ['afdeling', 'schaal'], filter: { jaar: '2024' }, categories, benchmark });
    expect(m.groups).toEqual(['A · S1', 'A · S2']);
  });

  it('describes the organisation as one group with an empty label when no dimension is chosen', () => {
    const org = table(10, cells({ jaar: '2024' }, 240, [170, 24, 46]));
    const m = groupsModel({ table: org, dimensions: [], filter: { jaar: '2024' }, categories, benchmark });
    expect(m.groups).toEqual(['']);
    // 170 / 240 = 70.83%
    expect(m.rows[0]!.share).toBeCloseTo(170 / 240, 12);
  });

  it('re-measures a selection against a new benchmark without selecting again', () => {
    const selected = selectGroups(published, ['afdeling'], { jaar: '2024' }, categories);
    expect(selected.groups.map((g) => g.key.afdeling)).toEqual(['A', 'B', 'C']);
    expect(selected.minGroupSize).toBe(10);
    const other = measureGroups(selected, { nederland: 0.7, europa: 0.1, 'buiten-europa': 0.2 });
    // A Buiten Europa 20% against a 20% benchmark: 0 pp, index exactly 1.
    const a = other.rows.find((r) => r.id === 'A|buiten-europa')!;
    expect(a.differencePp).toBeCloseTo(0, 12);
    expect(a.index).toBe(1);
  });

  it('orders the groups by label, numbers by value, whatever order the table has them in', () => {
    // Byte order would give 'Afdeling 10', 'Afdeling 2', 'Afdeling 9'.
    const units = table(
      10,
      cells({ jaar: '2024', afdeling: 'Afdeling 10' }, 20, [10, 5, 5]),
      cells({ jaar: '2024', afdeling: 'Afdeling 9' }, 20, [10, 5, 5]),
      cells({ jaar: '2024', afdeling: 'Afdeling 2' }, 20, [10, 5, 5]),
    );
    const selected = selectGroups(units, ['afdeling'], { jaar: '2024' }, categories);
    expect(selected.labels).toEqual(['Afdeling 2', 'Afdeling 9', 'Afdeling 10']);
    expect(selected.groups.map((g) => g.key.afdeling)).toEqual(selected.labels);
    expect(selected.cells.map((c) => c.rank)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(measureGroups(selected, benchmark).groups).toEqual(selected.labels);
  });

  it('holds each cell\'s share and interval before any benchmark', () => {
    const selected = selectGroups(published, ['afdeling'], { jaar: '2024' }, categories);
    const a = selected.cells.find((c) => c.id === 'A|buiten-europa')!;
    // Whatever the benchmark: the same share and interval as the measured row.
    const row = measureGroups(selected, benchmark).rows.find((r) => r.id === 'A|buiten-europa')!;
    expect(a.share).toBe(row.share);
    expect(a.interval).toEqual(row.interval);
    expect(a).not.toHaveProperty('benchmarkShare');
  });

  it('measures a page of cells exactly as it measures the whole table', () => {
    const selected = selectGroups(published, ['afdeling'], { jaar: '2024' }, categories);
    const tests = testGroups(selected, benchmark);
    const all = measureGroups(selected, benchmark).rows;
    // Cells 2..4: A's third category and B's first two, across a group boundary.
    expect(measureCells(selected.cells.slice(2, 5), benchmark, tests)).toEqual(all.slice(2, 5));
    expect(tests).toHaveLength(selected.groups.length);
  });
});
