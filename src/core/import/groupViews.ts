import { ABSENT, type GroupStore } from './groupStore';

/** `vals[i]` of a category whose cell was unusable (and already reported). */
export const UNUSABLE = -1;

/**
 * One summed group (or totals row), read from its store for the checks at the end. Categories
 * are numbered in the order the file shows them (a wide table's columns, a long table's
 * labels): `vals[i]` is the count of category i, NaN when suppressed at the source, UNUSABLE
 * when its cell was wrong, undefined when absent. `groupViews` reuses one object for every
 * group: use it before taking the next.
 */
export interface GroupAcc {
  store: GroupStore;
  /** The group's number in its store (Accumulator.keyOf gives its labels). */
  index: number;
  /** The row the group first appeared on. */
  row: number;
  vals: Array<number | undefined>;
  /** The Totaal column or 'Totaal' origin row; the headcount of a percentages row. */
  total?: number;
  totalRow?: number;
  /** A category cell was unusable (already reported), so sums over the row are not checked. */
  incomplete?: boolean;
}

/**
 * The groups of a store one at a time, each with `categories` values, as one reused view. Not a
 * generator: that allocates a result object per group, and a large file's garbage per group
 * (180,000 groups in the six-column bench file) shows in its peak memory.
 */
export function groupViews(store: GroupStore, categories: () => number): Iterable<GroupAcc> {
  return {
    [Symbol.iterator](): Iterator<GroupAcc> {
      store.seal();
      const vals: Array<number | undefined> = new Array(categories());
      const view: GroupAcc = { store, index: 0, row: 0, vals, total: undefined, totalRow: undefined, incomplete: false };
      const result: IteratorResult<GroupAcc> = { done: false, value: view };
      let g = 0;
      return {
        next() {
          if (g >= store.size) return { done: true, value: undefined };
          view.index = g;
          view.row = store.row(g);
          for (let i = 0; i < vals.length; i++) {
            const v = store.get(g, i);
            vals[i] = v === ABSENT ? undefined : v;
          }
          view.total = store.total(g);
          view.totalRow = view.total === undefined ? undefined : store.totalRow(g);
          view.incomplete = store.incomplete(g);
          g++;
          return result;
        },
      };
    },
  };
}
