import type { Count } from './computeShares';
import { compareGroup, type CategoryComparison } from './compareGroup';
import { testGroup, type GroupTest, type TestGroupOptions } from './testGroup';
import { wilsonInterval } from './wilsonInterval';

/** A category's comparison plus the Wilson interval of its share (null when the share is unknown). */
export interface CategoryMeasures extends CategoryComparison {
  interval: { low: number; high: number } | null;
}

export interface GroupMeasures {
  categories: Record<string, CategoryMeasures>;
  test: GroupTest;
}

/**
 * Everything a view shows for one group against one benchmark: compareGroup's measures, a
 * Wilson interval per category at `confidence` (default 95%), and testGroup's verdict.
 */
export function measureGroup(
  counts: Record<string, Count | undefined>,
  total: Count,
  benchmarkShares: Record<string, number | undefined>,
  categories: readonly string[],
  options: TestGroupOptions & { confidence?: number },
): GroupMeasures {
  const compared = compareGroup(counts, total, benchmarkShares, categories);
  const result: Record<string, CategoryMeasures> = {};
  for (const category of categories) {
    const c = compared[category]!;
    const known = c.count != null && total != null && total > 0 && c.count <= total;
    result[category] = { ...c, interval: known ? wilsonInterval(c.count!, total!, options.confidence) : null };
  }
  return { categories: result, test: testGroup(counts, total, benchmarkShares, categories, options) };
}
