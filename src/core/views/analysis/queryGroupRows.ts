import type { GroupRow } from './groupsModel';

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

// One collator for every comparison: localeCompare with options builds a new one per call.
const collator = new Intl.Collator('nl', { numeric: true });

function valueOf(row: GroupRow, column: GroupSortColumn): number | string | null {
  if (column === 'group' || column === 'category') return row[column];
  if (column === 'p') return row.test.method === 'none' ? null : row.test.p;
  return row[column];
}

/**
 * Filters and sorts the groups table. Unknown values (suppressed, untested) always go last, in
 * either direction, so sorting never mixes "." in among the numbers. The sort is stable: ties keep
 * the table's order (group, then category).
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
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const c = typeof a.v === 'string' ? collator.compare(a.v, String(b.v)) : a.v - (b.v as number);
      return c === 0 ? a.i - b.i : sign * c;
    })
    .map((x) => x.row);
}
