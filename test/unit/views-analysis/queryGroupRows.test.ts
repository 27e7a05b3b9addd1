import { describe, expect, it } from 'vitest';
import { groupsModel, queryGroupRows, selectGroups, sortNeedsBenchmark, type GroupRowQuery } from '../../../src/core/views/analysis';
import { categories, cells, table } from './fixtures';

const benchmark = { nederland: 0.75, europa: 0.1, 'buiten-europa': 0.15 };
// Shares of Buiten Europa: Noord 20/100 = 20%, Zuid 6/60 = 10%, Oost hidden, West 45/150 = 30%.
const published = table(
  10,
  cells({ afdeling: 'Noord' }, 100, [70, 10, 20]),
  cells({ afdeling: 'Zuid' }, 60, [50, 4, 6]),
  cells({ afdeling: 'Oost' }, 30, [20, 5, null]),
  cells({ afdeling: 'West' }, 150, [90, 15, 45]),
);
const rows = groupsModel({
  table: published,
  dimensions: ['afdeling'],
  filter: {},
  categories,
  benchmark,
}).rows;

const base: GroupRowQuery = { sort: 'group', descending: false, text: '', category: '' };
const ids = (q: Partial<GroupRowQuery>) => queryGroupRows(rows, { ...base, ...q }).map((r) => r.id);

describe('queryGroupRows', () => {
  it.each([
    ['sorts by share ascending, unknown last', { category: 'buiten-europa', sort: 'share' as const }, ['Zuid', 'Noord', 'West', 'Oost']],
    ['sorts by share descending, unknown still last', { category: 'buiten-europa', sort: 'share' as const, descending: true }, ['West', 'Noord', 'Zuid', 'Oost']],
    ['sorts by group name', { category: 'buiten-europa', sort: 'group' as const }, ['Noord', 'Oost', 'West', 'Zuid']],
    ['filters on text in the group name, case-insensitive', { category: 'buiten-europa', text: 'OO' }, ['Noord', 'Oost']],
  ])('%s', (_name, query, groups) => {
    expect(ids(query)).toEqual(groups.map((g) => `${g}|buiten-europa`));
  });

  it('keeps every category when none is chosen, in table order', () => {
    expect(ids({ text: 'zuid' })).toEqual(['Zuid|nederland', 'Zuid|europa', 'Zuid|buiten-europa']);
  });

  it('sorts by group descending: categories stay in scheme order within each group', () => {
    expect(ids({ text: 'o', descending: true })).toEqual([
      'Oost|nederland', 'Oost|europa', 'Oost|buiten-europa', 'Noord|nederland', 'Noord|europa', 'Noord|buiten-europa',
    ]);
  });

  it('sorts unmeasured cells the same as measured rows when the order does not depend on the benchmark', () => {
    const selected = selectGroups(published, ['afdeling'], {}, categories);
    for (const sort of ['group', 'category', 'total', 'share'] as const) {
      expect(sortNeedsBenchmark(sort)).toBe(false);
      for (const descending of [false, true]) {
        const q = { ...base, sort, descending };
        expect(queryGroupRows(selected.cells, q).map((c) => c.id)).toEqual(queryGroupRows(rows, q).map((r) => r.id));
      }
    }
    expect(['benchmarkShare', 'differencePp', 'index', 'gap', 'p'].every((c) => sortNeedsBenchmark(c as GroupRowQuery['sort']))).toBe(true);
  });

  it('sorts by difference in pp: Zuid −5, Noord +5, West +15 (benchmark 15%)', () => {
    expect(ids({ category: 'buiten-europa', sort: 'differencePp' })).toEqual([
      'Zuid|buiten-europa', 'Noord|buiten-europa', 'West|buiten-europa', 'Oost|buiten-europa',
    ]);
  });
});
