import type { GroupTest } from '../../analysis/testGroup';
import type { GroupCell } from './selectGroups';

export interface GroupsChart {
  /** Group labels, top to bottom (at most `limit`). */
  bands: string[];
  /** Group -> share and Wilson interval, null when suppressed. */
  values: Record<string, { value: number; low: number; high: number } | null>;
  benchmark: Record<string, number | null>;
  /** Largest value the axis must reach (interval high ends and the benchmark). */
  maxValue: number;
  /** Groups in the model, before the limit. */
  count: number;
  /** Groups with a shown share, and how many lie below / above the benchmark / differ significantly. */
  shown: number;
  below: number;
  above: number;
  significant: number;
}

/**
 * The groups chart for one category: a dot with its interval and the benchmark per group, in
 * the rows' order, cut at `limit` rows (a chart of thousands of rows helps nobody; the table keeps
 * them all). The counts of the summary sentence cover every group, not only those drawn. Shares
 * and intervals do not depend on the benchmark, so the cells need not be measured: the benchmark
 * share is the category's, and `tests` are the groups' tests by rank (testGroups).
 */
export function groupsChart(
  rows: readonly GroupCell[],
  category: string,
  benchmarkShare: number | null,
  tests: readonly GroupTest[],
  limit = 40,
): GroupsChart {
  const values: GroupsChart['values'] = {};
  const benchmark: GroupsChart['benchmark'] = {};
  const bands: string[] = [];
  let maxValue = 0;
  let count = 0;
  let shown = 0;
  let below = 0;
  let above = 0;
  let significant = 0;
  for (const r of rows) {
    if (r.category !== category) continue;
    count++;
    const known = r.share !== null && r.interval !== null;
    if (known) {
      shown++;
      if (benchmarkShare !== null && r.share! < benchmarkShare) below++;
      if (benchmarkShare !== null && r.share! > benchmarkShare) above++;
      const test = tests[r.rank];
      if (test && test.method !== 'none' && test.significant) significant++;
    }
    if (bands.length >= limit) continue;
    bands.push(r.group);
    values[r.group] = known ? { value: r.share!, low: r.interval!.low, high: r.interval!.high } : null;
    benchmark[r.group] = benchmarkShare;
    maxValue = Math.max(maxValue, known ? r.interval!.high : 0, benchmarkShare ?? 0);
  }
  return { bands, values, benchmark, maxValue, count, shown, below, above, significant };
}
