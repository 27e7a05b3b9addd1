import { compareGroup, type CategoryComparison } from '../analysis/compareGroup';
import { canonicalKey, publishedGroups } from '../privacy/publishedGroups';
import type { PublishedTable, SuppressionReason } from '../privacy/types';

/** One row of the overview: a category of the organisation against the benchmark. */
export interface OverviewRow extends CategoryComparison {
  category: string;
  /** Why the count is not shown, when it is suppressed. */
  reason?: SuppressionReason;
}

export interface OverviewModel {
  /** The published key the overview describes, e.g. { jaar: '2024' } or {}. */
  key: Record<string, string>;
  /** The organisation's headcount, null when suppressed. */
  total: number | null;
  rows: OverviewRow[];
}

/**
 * The organisation as a whole (one published key) against a benchmark, read only from published
 * cells. `benchmarkShares` null means no benchmark is available: rows then carry no comparison.
 */
export function overviewModel(
  table: PublishedTable,
  key: Record<string, string>,
  categories: readonly string[],
  benchmarkShares: Record<string, number> | null,
): OverviewModel {
  const wanted = canonicalKey(key);
  const group = publishedGroups(table, Object.keys(key)).find((g) => canonicalKey(g.key) === wanted);
  const total = group?.total ?? null;
  const counts: Record<string, number | null> = {};
  for (const c of categories) counts[c] = group?.values[c] ?? null;
  const compared = compareGroup(counts, total, benchmarkShares ?? {}, categories);
  return {
    key,
    total,
    rows: categories.map((category) => {
      const reason = group?.reasons[category];
      return { category, ...compared[category]!, ...(reason ? { reason } : {}) };
    }),
  };
}

/** The row furthest from its benchmark (what a one-sentence summary should name), or null. */
export function largestDifference(model: OverviewModel): OverviewRow | null {
  let best: OverviewRow | null = null;
  for (const row of model.rows) {
    if (row.differencePp === null) continue;
    if (!best || Math.abs(row.differencePp) > Math.abs(best.differencePp!)) best = row;
  }
  return best;
}
