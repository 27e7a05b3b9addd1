import { shareOf, type Count } from './computeShares';

/** One category of one group measured against its benchmark share. Null = cannot be computed. */
export interface CategoryComparison {
  /** The group's count, null when suppressed. */
  count: number | null;
  /** count ÷ total. */
  share: number | null;
  /** The benchmark's share for this category (fraction), null when the benchmark lacks it. */
  benchmarkShare: number | null;
  /** (share − benchmark share) × 100: the difference in percentage points. */
  differencePp: number | null;
  /** share ÷ benchmark share; 1 = represented as in the benchmark; null when the benchmark share is 0. */
  index: number | null;
  /** total × benchmark share: the headcount the group would have if it mirrored the benchmark. */
  expected: number | null;
  /** count − expected: persons above (+) or below (−) the benchmark. */
  gap: number | null;
}

/**
 * Compares one group's counts with benchmark shares, per category in `categories` order.
 * Inputs are plain numbers so that published (disclosure-controlled) counts can be fed in:
 * a null count or total yields null measures for what depends on it, never a zero. A category
 * absent from `counts` is unknown too (null), and one absent from the benchmark has null
 * benchmark measures.
 */
export function compareGroup(
  counts: Record<string, Count | undefined>,
  total: Count,
  benchmarkShares: Record<string, number | undefined>,
  categories: readonly string[],
): Record<string, CategoryComparison> {
  const result: Record<string, CategoryComparison> = {};
  for (const category of categories) result[category] = compareCategory(counts[category] ?? null, total, benchmarkShares[category] ?? null);
  return result;
}

/** One category of compareGroup: a count of `total` against the benchmark share `bench`. */
export function compareCategory(count: Count, total: Count, bench: number | null): CategoryComparison {
  const share = shareOf(count, total);
  const expected = total == null || bench == null ? null : total * bench;
  return {
    count,
    share,
    benchmarkShare: bench,
    differencePp: share == null || bench == null ? null : (share - bench) * 100,
    index: share == null || bench == null || bench === 0 ? null : share / bench,
    expected,
    gap: count == null || expected == null ? null : count - expected,
  };
}
