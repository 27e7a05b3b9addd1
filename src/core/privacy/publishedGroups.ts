import type { PublishedCell, PublishedTable, SuppressionReason } from './types';

/** One group of a published table at a chosen level: what a view shows in one row. */
export interface PublishedGroup {
  key: Record<string, string>;
  /** Headcount, or null when hidden. */
  total: number | null;
  /** Category id -> count, or null when hidden. */
  values: Record<string, number | null>;
  /** Category id (or 'total') -> why it is hidden; absent when shown. */
  reasons: Record<string, SuppressionReason>;
}

/** A stable string for a key restricted to its own dimensions: sorted by dimension id. */
export function canonicalKey(key: Record<string, string>): string {
  return JSON.stringify(Object.keys(key).sort().map((d) => [d, key[d]]));
}

/** A lookup of every published cell by canonicalKey(key) + '|' + category. */
export function indexPublished(table: PublishedTable): Map<string, PublishedCell> {
  return new Map(table.cells.map((c) => [`${canonicalKey(c.key)}|${c.category}`, c]));
}

/**
 * The published groups whose key has exactly the given dimensions ([] = the whole organisation),
 * in the table's (sorted) order: views read these, never the dataset.
 */
export function publishedGroups(table: PublishedTable, dimensions: readonly string[]): PublishedGroup[] {
  const wanted = [...dimensions].sort().join('\u0001');
  const byKey = new Map<string, PublishedGroup>();
  for (const cell of table.cells) {
    if (Object.keys(cell.key).sort().join('\u0001') !== wanted) continue;
    const id = canonicalKey(cell.key);
    let group = byKey.get(id);
    if (!group) {
      group = { key: { ...cell.key }, total: null, values: {}, reasons: {} };
      byKey.set(id, group);
    }
    if (cell.category === 'total') group.total = cell.value;
    else group.values[cell.category] = cell.value;
    if (cell.reason) group.reasons[cell.category] = cell.reason;
  }
  return [...byKey.values()];
}
