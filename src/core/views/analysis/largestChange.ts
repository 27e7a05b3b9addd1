import type { TrendSeries } from './trendsModel';

export interface LargestChange {
  category: string;
  from: string;
  to: string;
  fromShare: number;
  toShare: number;
  changePp: number;
}

/**
 * The category whose share moved most (in absolute points) from the series' first year to its
 * last, for the summary sentence; null when either end is unknown for every category.
 */
export function largestChange(series: TrendSeries, categories: readonly string[]): LargestChange | null {
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  if (!first || !last || first === last) return null;
  let best: LargestChange | null = null;
  for (const category of categories) {
    const a = first.shares[category];
    const b = last.shares[category];
    if (a == null || b == null) continue;
    const changePp = (b - a) * 100;
    if (!best || Math.abs(changePp) > Math.abs(best.changePp)) {
      best = { category, from: first.year, to: last.year, fromShare: a, toShare: b, changePp };
    }
  }
  return best;
}
