import type { Group } from '../types';
import type { KeyedCounts } from './sumGroups';

/**
 * A dataset group as the analysis reads it: categories suppressed at the source become null
 * counts (unknown), so no later sum or share can mistake them for zero.
 */
export function toKeyedCounts(group: Group, categories: readonly string[]): KeyedCounts {
  const hidden = new Set(group.suppressed ?? []);
  const counts: Record<string, number | null> = {};
  for (const c of categories) counts[c] = hidden.has(c) ? null : (group.counts[c] ?? null);
  return { key: group.key, total: group.total, counts };
}
