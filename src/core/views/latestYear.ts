import type { Dataset } from '../types';

/** Dimension ids that hold a year, in Dutch or English. */
const YEAR_DIMENSIONS = ['jaar', 'year', 'peiljaar'];

/** The dataset's year dimension, if it has one. */
export function yearDimension(dataset: Pick<Dataset, 'dimensions'>): string | undefined {
  return dataset.dimensions.find((d) => YEAR_DIMENSIONS.includes(d));
}

/**
 * The key that stands for "the organisation now": the latest year when the data span several
 * years (summing years would count people twice), else the whole organisation ({}).
 */
export function currentKey(dataset: Pick<Dataset, 'dimensions' | 'groups'>): Record<string, string> {
  const dim = yearDimension(dataset);
  if (!dim) return {};
  const years = [...new Set(dataset.groups.map((g) => g.key[dim] ?? ''))].filter(Boolean);
  years.sort((a, b) => (Number(a) || 0) - (Number(b) || 0) || a.localeCompare(b));
  const latest = years[years.length - 1];
  return latest === undefined ? {} : { [dim]: latest };
}
