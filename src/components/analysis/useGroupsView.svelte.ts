import {
  groupsChart,
  measureCells,
  queryGroupRows,
  selectGroups,
  sortNeedsBenchmark,
  testGroups,
  type GroupCell,
  type GroupSortColumn,
} from '../../core/views/analysis';
import { FINEST } from '../../state/analysisSettings.svelte';
import type { useAnalysisContext } from './useAnalysisContext.svelte';

/**
 * The groups view's own choices (year, search, origin, chart origin, sort) and what follows from
 * them, so that GroupsScreen only renders. A change of benchmark leaves the selection alone, and
 * re-measures every row only when the order depends on a measure; otherwise it tests the groups
 * (for the chart's summary) and the table measures its page. Call during component initialisation.
 */
export function useGroupsView(ctx: ReturnType<typeof useAnalysisContext>) {
  const { workspace, analysis } = ctx;
  let year = $state('');
  let text = $state('');
  let category = $state('');
  let chartCategory = $state('');
  let sort = $state<GroupSortColumn>('group');
  let descending = $state(false);

  const options = $derived(ctx.otherDims.length > 1 ? [...ctx.otherDims, FINEST] : ctx.otherDims);
  const grouping = $derived(options.includes(analysis.choices.groupDimension) ? analysis.choices.groupDimension : (options[0] ?? ''));
  const dimensions = $derived(grouping === FINEST ? ctx.otherDims : grouping ? [grouping] : []);
  const shownYear = $derived(ctx.years.includes(year) ? year : ctx.latest);
  const filter = $derived(ctx.yearDim && shownYear ? { [ctx.yearDim]: shownYear } : {});
  const shares = $derived(workspace.benchmarks.current?.shares ?? null);
  const table = $derived(workspace.disclosure.table);
  const selected = $derived(table ? selectGroups(table, dimensions, filter, workspace.categories) : null);
  const tests = $derived(selected && ctx.dataset ? testGroups(selected, shares, ctx.dataset.meta?.fromPercentages ?? false) : []);
  const measure = $derived((cells: readonly GroupCell[]) => measureCells(cells, shares, tests));
  const query = $derived({ sort, descending, text, category });
  const rows = $derived(selected ? queryGroupRows(sortNeedsBenchmark(sort) ? measure(selected.cells) : selected.cells, query) : []);
  const focus = $derived(workspace.categories.includes(chartCategory) ? chartCategory : (workspace.categories[0] ?? ''));
  const chart = $derived(groupsChart(rows, focus, shares?.[focus] ?? null, tests));

  return {
    get options() { return options; },
    get grouping() { return grouping; },
    get shownYear() { return shownYear; },
    get selected() { return selected; },
    get measure() { return measure; },
    get rows() { return rows; },
    get chart() { return chart; },
    get focus() { return focus; },
    get sort() { return sort; },
    get descending() { return descending; },
    get text() { return text; },
    set text(value: string) { text = value; },
    get category() { return category; },
    set category(value: string) { category = value; },
    /** What the table shows: when it changes, paging starts again at the first row. */
    get view() { return `${grouping}|${shownYear}|${text}|${category}|${sort}|${descending}`; },
    chooseYear(value: string) { year = value; },
    chooseChartCategory(value: string) { chartCategory = value; },
    /** Sorts by a column in the given direction (the chart's order choice). */
    setSort(column: GroupSortColumn, desc: boolean) {
      sort = column;
      descending = desc;
    },
    /** Sorts by a column; the same column again reverses the order. */
    sortBy(column: GroupSortColumn) {
      if (sort === column) descending = !descending;
      else {
        sort = column;
        descending = false;
      }
    },
  };
}
