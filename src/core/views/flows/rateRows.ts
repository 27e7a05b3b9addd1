import { compareRates, type OriginRate, type RateCounts, type RateTest } from '../../flows';

/** One origin's row of a rate: the comparison, or `suppressed` when a count it needs is hidden. */
export type FlowRateRow = { category: string; suppressed: false; rate: OriginRate } | { category: string; suppressed: true; rate: null };

/** Rates of one measure (a funnel step, a promotion step, leavers) per origin, from published counts. */
export interface FlowRates {
  reference: string;
  rows: FlowRateRow[];
  /** The reference group's rate; null when hidden or without base. */
  referenceRate: number | null;
  /** Across origins; null when some origin is hidden (a test of the rest would say something else). */
  test: RateTest | null;
}

/**
 * compareRates over the origins whose counts are all published; a hidden count (null) makes its
 * origin's row suppressed, never a 0 of something.
 */
export function rateRows(
  events: Record<string, number | null | undefined>,
  base: Record<string, number | null | undefined>,
  categories: readonly string[],
  reference: string,
): FlowRates {
  const counts: Record<string, RateCounts> = {};
  const shown = categories.filter((c) => events[c] != null && base[c] != null);
  for (const c of shown) counts[c] = { events: events[c]!, base: base[c]! };
  const comparison = compareRates(counts, shown, reference);
  const byCategory = new Map(comparison.rates.map((r) => [r.category, r]));
  const rows = categories.map((category): FlowRateRow => {
    const rate = byCategory.get(category);
    return rate ? { category, suppressed: false, rate } : { category, suppressed: true, rate: null };
  });
  const referenceRate = byCategory.get(reference)?.rate ?? null;
  return { reference, rows, referenceRate, test: shown.length === categories.length ? comparison.test : null };
}
