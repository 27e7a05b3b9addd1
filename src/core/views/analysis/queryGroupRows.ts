import type { GroupRow } from './groupsModel';
import { compareLabels } from './labelOfKey';

/** The columns the groups table can be sorted by. */
export type GroupSortColumn = 'group' | 'category' | 'total' | 'share' | 'benchmarkShare' | 'differencePp' | 'index' | 'gap' | 'p';

export interface GroupRowQuery {
  sort: GroupSortColumn;
  descending: boolean;
  /** Case-insensitive text that the group's name must contain; '' keeps every group. */
  text: string;
  /** Only this category; '' keeps every category. */
  category: string;
}

function valueOf(row: GroupRow, column: GroupSortColumn): number | string | null {
  if (column === 'group' || column === 'category') return row[column];
  if (column === 'p') return row.test.method === 'none' ? null : row.test.p;
  return row[column];
}

/**
 * Filters and sorts the groups table. Unknown values (suppressed, untested) always go last, in
 * either direction, so sorting never mixes "." in among the numbers. The sort is stable: ties keep
 * the table's order (group, then category). The model's rows come in group order already, so the
 * default sort only confirms it (a stable sort of sorted input takes n − 1 comparisons).
 */
export function queryGroupRows(rows: readonly GroupRow[], query: GroupRowQuery): GroupRow[] {
  const text = query.text.trim().toLocaleLowerCase();
  const kept = rows.filter(
    (r) => (!text || r.group.toLocaleLowerCase().includes(text)) && (!query.category || r.category === query.category),
  );
  const sign = query.descending ? -1 : 1;
  return kept
    .map((row, i) => ({ row, i, v: valueOf(row, query.sort) }))
    .sort((a, b) => {
      // Equal first: the rows of one group share its label, and the collator is the slow part.
      if (a.v === b.v) return a.i - b.i;
      if (a.v === null || b.v === null) return a.v === null ? 1 : -1;
      const c = typeof a.v === 'string' ? compareLabels(a.v, String(b.v)) : a.v - (b.v as number);
      return c === 0 ? a.i - b.i : sign * c;
    })
    .map((x) => x.row);
}
