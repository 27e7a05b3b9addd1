import type { Dataset } from '../types';
import { yearDimension } from '../yearDimension';

export { yearDimension };

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
