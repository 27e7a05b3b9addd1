import { chiSquareSurvival } from '../analysis/chiSquareSurvival';
import { goodnessOfFit } from '../analysis/goodnessOfFit';
import { fisherExact } from './fisherExact';

/** Whether a rate differs between origins: how it was tested, or why it was not. */
export type RateTest =
  | { method: 'fisher-exact'; p: number; oddsRatio: number }
  | {
      method: 'chi-square';
      statistic: number;
      df: number;
      p: number;
      /** The smallest expected cell: below 5 the approximation is rough (Cochran), say so beside p. */
      minExpected: number;
    }
  | { method: 'none'; reason: 'fewer-than-two-origins' | 'not-whole-counts' };

/** One origin's row of the 2×k table: events (promoted, left, passed) of base (whole people). */
export interface RateRow {
  events: number;
  base: number;
}

/**
 * Two-sided test of equal rates across origins on the 2×k table of events and non-events:
 * Fisher's exact test when there are two origins, Pearson's chi-square test of independence
 * (df k − 1, no continuity correction, as scipy.stats.chi2_contingency with correction=False)
 * when there are more. Rows must be whole counts with 0 ≤ events ≤ base and base > 0.
 */
export function testRates(rows: readonly RateRow[]): RateTest {
  if (rows.length < 2) return { method: 'none', reason: 'fewer-than-two-origins' };
  if (rows.length === 2) {
    const [x, y] = rows as [RateRow, RateRow];
    return { method: 'fisher-exact', ...fisherExact(x.events, x.base - x.events, y.events, y.base - y.events) };
  }
  // Independence in a 2×k table is two goodness-of-fit sums with the same expected shares
  // (each origin's part of all people): E = events total × base ÷ all, and likewise for the rest.
  const all = rows.reduce((s, r) => s + r.base, 0);
  const eventTotal = rows.reduce((s, r) => s + r.events, 0);
  const shares = rows.map((r) => r.base / all);
  const events = goodnessOfFit(rows.map((r) => r.events), shares);
  const rest = goodnessOfFit(rows.map((r) => r.base - r.events), shares);
  // A margin of 0 (nobody or everybody promoted) adds nothing: that row's goodness of fit is 0.
  const statistic = events.statistic + rest.statistic;
  const df = rows.length - 1;
  const minExpected = Math.min(...shares) * Math.min(eventTotal, all - eventTotal);
  return { method: 'chi-square', statistic, df, p: chiSquareSurvival(statistic, df), minExpected };
}
