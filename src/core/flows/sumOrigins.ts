import type { FlowCount, StockCount } from './types';

/** Which groups to sum: one group, or every group given when `group` is undefined. */
export const groupFilter = (group: string | undefined) => (g: string) => group === undefined || g === group;

/** A flow kind's counts in a period per origin, summed over the groups kept; 0 for an origin without any. */
export function sumFlows(
  flows: readonly FlowCount[],
  kind: FlowCount['kind'],
  period: string,
  categories: readonly string[],
  keep: (group: string) => boolean,
): Map<string, number> {
  const by = new Map<string, number>(categories.map((c) => [c, 0]));
  for (const f of flows) {
    if (f.kind === kind && f.period === period && keep(f.group) && by.has(f.category)) by.set(f.category, by.get(f.category)! + f.count);
  }
  return by;
}

/** The stock of a period per origin summed over the groups kept; null when there is none or an origin is unknown in any. */
export function sumStock(
  stocks: readonly StockCount[],
  period: string | null,
  categories: readonly string[],
  keep: (group: string) => boolean,
): Map<string, number> | null {
  const kept = stocks.filter((s) => s.period === period && keep(s.group));
  if (kept.length === 0) return null;
  const by = new Map<string, number>();
  for (const c of categories) {
    let sum = 0;
    for (const s of kept) {
      const v = s.counts[c];
      if (v == null) return null;
      sum += v;
    }
    by.set(c, sum);
  }
  return by;
}

/** The latest stock period before `period` (periods compare as strings: '2023' < '2024'); null when none. */
export function periodBefore(stocks: readonly StockCount[], period: string): string | null {
  let best: string | null = null;
  for (const s of stocks) if (s.period < period && (best === null || s.period > best)) best = s.period;
  return best;
}

export const total = (by: ReadonlyMap<string, number>) => [...by.values()].reduce((a, b) => a + b, 0);
