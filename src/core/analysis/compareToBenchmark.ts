import type { Dataset, Group } from '../types';
import { categoryIds } from '../classification/schemes';
import { compareGroup, type CategoryComparison } from './compareGroup';
import { toKeyedCounts } from './toKeyedCounts';

/** One group of a dataset with its per-category comparison. */
export interface GroupComparison {
  key: Group['key'];
  total: number;
  categories: Record<string, CategoryComparison>;
}

/**
 * Compares every group of a dataset with one set of benchmark shares (category id -> fraction),
 * over the dataset scheme's main categories. Categories suppressed at the source count as unknown.
 */
export function compareToBenchmark(dataset: Dataset, benchmark: Record<string, number>): GroupComparison[] {
  const categories = categoryIds(dataset.scheme);
  return dataset.groups.map((group) => ({
    key: group.key,
    total: group.total,
    categories: compareGroup(toKeyedCounts(group, categories).counts, group.total, benchmark, categories),
  }));
}
