import { wilsonInterval } from '../analysis/wilsonInterval';
import { FOUR_FIFTHS, selectionRatio } from './selectionRatio';
import { testRates, type RateRow, type RateTest } from './testRates';

/** One origin's rate: events (promotions, leavers, passed) per base (stock, entered). */
export interface OriginRate {
  category: string;
  events: number;
  base: number;
  /**
   * 'ok'; 'no-base' when the base is 0 (no rate); 'exceeds-base' when there are more events than
   * the base holds (inconsistent input: the rate is shown, but has no interval and is not tested).
   */
  status: 'ok' | 'no-base' | 'exceeds-base';
  /** events ÷ base; null when the base is 0. */
  rate: number | null;
  /** Wilson 95% interval of the rate; null unless status is 'ok'. */
  interval: { low: number; high: number } | null;
  /** rate ÷ the reference group's rate (selectionRatio); null when that is undefined. */
  ratioToReference: number | null;
  /** ratioToReference < 0.8 (FOUR_FIFTHS); null when the ratio is unknown. */
  belowFourFifths: boolean | null;
  /**
   * Two-sided Fisher exact p of this origin against the reference group; null for the reference
   * itself, without data, or when the counts are not whole (derived from percentages).
   */
  pVsReference: number | null;
}

export interface RateComparison {
  reference: string;
  /** One per category, in the order given. */
  rates: OriginRate[];
  /** Across every origin with status 'ok': Fisher's exact for two, chi-square for more; none for counts that are not whole. */
  test: RateTest;
}

/** Events and base of one origin; base may be fractional (an average stock). */
export interface RateCounts {
  events: number;
  base: number;
}

// Tests count whole people: an average stock ends in .5 half the time, and is rounded for them.
// Other fractions mean counts derived from percentages, which are not tested at all (as testGroup).
const isWhole = (r: RateCounts) => Number.isInteger(r.events) && Number.isInteger(r.base * 2);
const toRow = (r: RateCounts): RateRow => ({ events: Math.round(r.events), base: Math.round(r.base) });

function statusOf(r: RateCounts | undefined): OriginRate['status'] {
  if (!r || r.base === 0) return 'no-base';
  return r.events > r.base ? 'exceeds-base' : 'ok';
}

/**
 * Rates per origin with Wilson intervals, the ratio to the reference group's rate with the
 * four-fifths mark, a Fisher exact test of each origin against the reference, and one test across
 * all origins. An origin missing from `counts` counts as 0 of 0. Negative counts are programmer errors.
 */
export function compareRates(
  counts: Record<string, RateCounts | undefined>,
  categories: readonly string[],
  reference: string,
): RateComparison {
  for (const [category, r] of Object.entries(counts)) {
    if (r && !(r.events >= 0 && r.base >= 0)) throw new RangeError(`compareRates: negative count for ${category}`);
  }
  const ref = counts[reference];
  const refOk = statusOf(ref) === 'ok';
  const testable = categories.every((c) => statusOf(counts[c]) !== 'ok' || isWhole(counts[c]!));
  const rows: RateRow[] = [];
  const rates = categories.map((category): OriginRate => {
    const r = counts[category] ?? { events: 0, base: 0 };
    const status = statusOf(r);
    const ok = status === 'ok';
    if (ok) rows.push(toRow(r));
    const ratio = ok && refOk ? selectionRatio(r.events, r.base, ref!.events, ref!.base) : NaN;
    const vsReference = testable && ok && refOk && category !== reference ? fisherOf(toRow(r), toRow(ref!)) : null;
    return {
      category,
      events: r.events,
      base: r.base,
      status,
      rate: r.base > 0 ? r.events / r.base : null,
      interval: ok ? wilsonInterval(r.events, r.base) : null,
      ratioToReference: Number.isNaN(ratio) ? null : ratio,
      belowFourFifths: Number.isNaN(ratio) ? null : ratio < FOUR_FIFTHS,
      pVsReference: vsReference,
    };
  });
  return { reference, rates, test: testable ? testRates(rows) : { method: 'none', reason: 'not-whole-counts' } };
}

// Two rows: testRates is Fisher's exact test of the 2×2 table.
function fisherOf(x: RateRow, y: RateRow): number | null {
  const test = testRates([x, y]);
  return test.method === 'none' ? null : test.p;
}
