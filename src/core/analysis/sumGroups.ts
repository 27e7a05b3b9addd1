import type { Count } from './computeShares';

/** Counts and total of one cell (a group, a level, a year…) with unknowns as null. */
export interface CellCounts {
  counts: Record<string, Count | undefined>;
  total: Count;
}

/** A group as the analysis reads it: a key plus (possibly published, nullable) counts. */
export interface KeyedCounts extends CellCounts {
  key: Record<string, string>;
}

/** Adds cells category by category. Any unknown addend makes that sum unknown: null + 3 is not 3. */
export function sumCells(cells: readonly CellCounts[], categories: readonly string[]): CellCounts {
  const counts: Record<string, Count> = {};
  for (const c of categories) counts[c] = 0;
  let total: Count = 0;
  for (const cell of cells) {
    total = total == null || cell.total == null ? null : total + cell.total;
    for (const c of categories) {
      const add = cell.counts[c];
      const sum = counts[c];
      counts[c] = sum == null || add == null ? null : sum + add;
    }
  }
  return { counts, total };
}

/** Sums groups by their value on one dimension (value -> summed cell), e.g. per salary scale. */
export function sumByDimension(
  groups: readonly KeyedCounts[],
  dimension: string,
  categories: readonly string[],
): Record<string, CellCounts> {
  const buckets = new Map<string, KeyedCounts[]>();
  for (const group of groups) {
    const value = group.key[dimension];
    if (value === undefined) continue;
    const bucket = buckets.get(value);
    if (bucket) bucket.push(group);
    else buckets.set(value, [group]);
  }
  const result: Record<string, CellCounts> = {};
  for (const [value, bucket] of buckets) result[value] = sumCells(bucket, categories);
  return result;
}
