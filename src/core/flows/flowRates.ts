import { compareRates, type RateComparison, type RateCounts } from './compareRates';

/** Counts per origin (category id -> count); a missing origin counts as 0. */
export type OriginCounts = Record<string, number | undefined>;

function pair(events: OriginCounts, base: (category: string) => number, categories: readonly string[]) {
  const counts: Record<string, RateCounts> = {};
  for (const c of categories) counts[c] = { events: events[c] ?? 0, base: base(c) };
  return counts;
}

/** Doorstroom: promotions in a period ÷ the stock at its start, per origin. */
export function promotionRates(
  promotions: OriginCounts,
  stockAtStart: OriginCounts,
  categories: readonly string[],
  reference: string,
): RateComparison {
  return compareRates(pair(promotions, (c) => stockAtStart[c] ?? 0, categories), categories, reference);
}

/**
 * Uitstroom: leavers in a period ÷ the average stock, (start + end) ÷ 2, per origin: the usual
 * turnover rate, which counts this year's hires who left among those at risk.
 */
export function leaverRates(
  leavers: OriginCounts,
  stockAtStart: OriginCounts,
  stockAtEnd: OriginCounts,
  categories: readonly string[],
  reference: string,
): RateComparison {
  const average = (c: string) => ((stockAtStart[c] ?? 0) + (stockAtEnd[c] ?? 0)) / 2;
  return compareRates(pair(leavers, average, categories), categories, reference);
}

/** One step of a funnel: of those who entered `from`, the part that reached `to`. */
export interface FunnelStep {
  from: string;
  to: string;
  comparison: RateComparison;
}

/**
 * Pass rates per funnel step (sollicitanten → gesprek → aanbod → aangenomen, names free): the
 * count at each stage ÷ the count at the stage before, per origin, for each adjacent pair in
 * the order given. A stage missing from `byStage` counts as 0 for every origin.
 */
export function funnelPassRates(
  stages: readonly string[],
  byStage: Record<string, OriginCounts | undefined>,
  categories: readonly string[],
  reference: string,
): FunnelStep[] {
  const steps: FunnelStep[] = [];
  for (let i = 1; i < stages.length; i++) {
    const from = stages[i - 1]!;
    const to = stages[i]!;
    const entered = byStage[from] ?? {};
    const counts = pair(byStage[to] ?? {}, (c) => entered[c] ?? 0, categories);
    steps.push({ from, to, comparison: compareRates(counts, categories, reference) });
  }
  return steps;
}
