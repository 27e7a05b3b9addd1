import { categoryIds } from '../classification/schemes';
import type { Dataset } from '../types';
import { yearDimension } from '../views/latestYear';
import type { FlowCount, StockCount } from './types';

/**
 * The dataset's stocks as the stock–flow check needs them: per year, and per the dimension whose
 * labels include every group the flows name (the whole organisation when they name none),
 * summed over the other dimensions. Null when the dataset has no year or no dimension matches:
 * then nothing can be checked. An origin suppressed at the source in any group summed is unknown (null).
 */
export function stocksOfDataset(dataset: Dataset, flows: readonly FlowCount[]): StockCount[] | null {
  const year = yearDimension(dataset);
  if (!year) return null;
  const named = new Set(flows.map((f) => f.group).filter((g) => g !== ''));
  let by: string | undefined;
  if (named.size > 0) {
    by = dataset.dimensions.find((d) => {
      if (d === year) return false;
      const labels = new Set(dataset.groups.map((g) => g.key[d]));
      return [...named].every((n) => labels.has(n));
    });
    if (!by) return null;
  }
  const categories = categoryIds(dataset.scheme);
  const stocks = new Map<string, StockCount>();
  for (const g of dataset.groups) {
    const period = g.key[year] ?? '';
    const group = by ? (g.key[by] ?? '') : '';
    const id = `${period}\u0000${group}`;
    let stock = stocks.get(id);
    if (!stock) stocks.set(id, (stock = { period, group, counts: Object.fromEntries(categories.map((c) => [c, 0])) }));
    for (const c of categories) {
      const before = stock.counts[c];
      stock.counts[c] = before == null || g.suppressed?.includes(c) ? null : before + (g.counts[c] ?? 0);
    }
  }
  return [...stocks.values()];
}
