import type { Group } from '../types';

/**
 * A count as the analysis receives it: a number, or null when it is unknown (suppressed at the
 * source or by disclosure control). Null is never read as zero.
 */
export type Count = number | null;

/** share = count ÷ total, or null when the count or total is unknown or the total is 0. */
export function shareOf(count: Count | undefined, total: Count | undefined): number | null {
  if (count == null || total == null || total <= 0) return null;
  return count / total;
}

/**
 * Each category's fraction of the group's headcount (category id -> share). Null where the
 * category is suppressed at the source or the group's total is 0: an unknown share, not 0%.
 */
export function computeShares(group: Group): Record<string, number | null> {
  const hidden = new Set(group.suppressed ?? []);
  const shares: Record<string, number | null> = {};
  for (const [category, count] of Object.entries(group.counts)) {
    shares[category] = hidden.has(category) ? null : shareOf(count, group.total);
  }
  for (const category of hidden) shares[category] = null;
  return shares;
}
