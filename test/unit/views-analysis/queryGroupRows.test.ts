import { describe, expect, it } from 'vitest';
import { groupsModel, queryGroupRows, type GroupRowQuery } from '../../../src/core/views/analysis';
import { categories, cells, table } from './fixtures';

const benchmark = { nederland: 0.75, europa: 0.1, 'buiten-europa': 0.15 };
// Shares of Buiten Europa: Noord 20/100 = 20%, Zuid 6/60 = 10%, Oost hidden, West 45/150 = 30%.
const rows = groupsModel({
  table: table(
    10,
    cells({ afdeling: 'Noord' }, 100, [70, 10, 20]),
    cells({ afdeling: 'Zuid' }, 60, [50, 4, 6]),
    cells({ afdeling: 'Oost' }, 30, [20, 5, null]),
    cells({ afdeling: 'West' }, 150, [90, 15, 45]),
  ),
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

  it('sorts by difference in pp: Zuid −5, Noord +5, West +15 (benchmark 15%)', () => {
    expect(ids({ category: 'buiten-europa', sort: 'differencePp' })).toEqual([
      'Zuid|buiten-europa', 'Noord|buiten-europa', 'West|buiten-europa', 'Oost|buiten-europa',
    ]);
  });
});
