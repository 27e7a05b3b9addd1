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

/** The Wilson interval of count ÷ total, or null when either is unknown or the total is 0. */
export function intervalOf(count: Count | undefined, total: Count, confidence?: number): { low: number; high: number } | null {
  const known = count != null && total != null && total > 0 && count <= total;
  return known ? wilsonInterval(count, total, confidence) : null;
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
    result[category] = { ...c, interval: intervalOf(c.count, total, options.confidence) };
  }
  return { categories: result, test: testGroup(counts, total, benchmarkShares, categories, options) };
}
