import { groupFilter, periodBefore, sumFlows, sumStock, total } from './sumOrigins';
import type { FlowCount, StockCount } from './types';

/** One period's flows as yearly rates per origin: what projectWithFlows carries forward. */
export interface ObservedFlowRates {
  /** The stock at the end of the period per origin: where a projection starts. */
  stock: Record<string, number>;
  /** Each origin's share of the period's hires; all 0 when nobody was hired. */
  intakeMix: Record<string, number>;
  /** Leavers ÷ the origin's stock at the start of the period. */
  leaverRate: Record<string, number>;
  /** All hires ÷ the whole stock at the start of the period. */
  hireRate: number;
}

export type ObservedFlowRatesResult =
  | { ok: true; rates: ObservedFlowRates }
  /** 'no-stock': a stock at the start or end is missing or has an unknown origin; 'empty-stock': nobody at the start. */
  | { ok: false; reason: 'no-stock' | 'empty-stock' | 'leavers-without-stock'; category?: string };

export interface ObservedFlowRatesOptions {
  categories: readonly string[];
  /** Only this group; by default every group given is summed (so pass one level). */
  group?: string;
  /** The stock the period starts from; by default the latest stock period before `period`. */
  startPeriod?: string;
}

/**
 * A period's hires and leavers as rates. Leavers are taken per stock at the start (not the
 * average stock of leaverRates) and hires per whole start stock, so that one step of
 * projectWithFlows from the start stock gives back exactly start + in − out.
 */
export function observedFlowRates(
  flows: readonly FlowCount[],
  stocks: readonly StockCount[],
  period: string,
  options: ObservedFlowRatesOptions,
): ObservedFlowRatesResult {
  const { categories } = options;
  const keep = groupFilter(options.group);
  const start = sumStock(stocks, options.startPeriod ?? periodBefore(stocks, period), categories, keep);
  const end = sumStock(stocks, period, categories, keep);
  if (!start || !end) return { ok: false, reason: 'no-stock' };
  const startTotal = total(start);
  if (startTotal === 0) return { ok: false, reason: 'empty-stock' };
  const hires = sumFlows(flows, 'in', period, categories, keep);
  const leavers = sumFlows(flows, 'out', period, categories, keep);
  const hired = total(hires);
  const rates: ObservedFlowRates = { stock: {}, intakeMix: {}, leaverRate: {}, hireRate: hired / startTotal };
  for (const c of categories) {
    const out = leavers.get(c)!;
    if (out > 0 && start.get(c) === 0) return { ok: false, reason: 'leavers-without-stock', category: c };
    rates.stock[c] = end.get(c)!;
    rates.intakeMix[c] = hired > 0 ? hires.get(c)! / hired : 0;
    rates.leaverRate[c] = out > 0 ? out / start.get(c)! : 0;
  }
  return { ok: true, rates };
}

export interface FlowProjectionInput {
  rates: ObservedFlowRates;
  /** The origin whose share is projected. */
  category: string;
  /** Streefcijfer as a fraction 0–1. */
  targetShare: number;
  /** The year of rates.stock; the projection runs from the year after it. */
  fromYear: number;
  /** The last year projected. */
  untilYear: number;
  /** 'at-least' (a minimum, the usual streefcijfer) or 'at-most' (a ceiling). Default 'at-least'. */
  direction?: 'at-least' | 'at-most';
}

export interface FlowProjection {
  /** fromYear (the observed stock) and each projected year after it. */
  years: Array<{ year: number; share: number | null; total: number }>;
  /** The first of those years whose share meets the target; null when none does. */
  reachedYear: number | null;
}

/**
 * Issue #18 item 4: "with this year's intake mix you reach X% in Y". Each year repeats the
 * observed one: an origin keeps (1 − its leaver rate) of its stock, and the year's hires,
 * hireRate × the whole stock, split by the intake mix:
 *   n_c(t+1) = n_c(t)·(1 − l_c) + m_c·h·N(t),   N(t) = Σ_c n_c(t),   share = n_category ÷ N.
 * Unlike projectTarget (constant headcount, leavers like the stock), the headcount grows or
 * shrinks as observed and each origin leaves at its own rate, so the share tends to the mix
 * only when the leaver rates are equal.
 */
export function projectWithFlows(input: FlowProjectionInput): FlowProjection {
  const { rates, category, targetShare, fromYear, untilYear } = input;
  if (!(targetShare >= 0 && targetShare <= 1)) throw new RangeError(`projectWithFlows: targetShare must be in [0, 1], got ${targetShare}`);
  const meets = (share: number | null) =>
    share != null && (input.direction === 'at-most' ? share <= targetShare : share >= targetShare);
  const origins = Object.keys(rates.stock);
  let stock = { ...rates.stock };
  const years: FlowProjection['years'] = [];
  let reachedYear: number | null = null;
  for (let year = fromYear; year <= untilYear; year++) {
    if (year > fromYear) {
      const hires = rates.hireRate * sumOf(stock);
      const next: Record<string, number> = {};
      for (const c of origins) next[c] = stock[c]! * (1 - (rates.leaverRate[c] ?? 0)) + (rates.intakeMix[c] ?? 0) * hires;
      stock = next;
    }
    const all = sumOf(stock);
    const share = all > 0 ? (stock[category] ?? 0) / all : null;
    years.push({ year, share, total: all });
    if (reachedYear === null && meets(share)) reachedYear = year;
  }
  return { years, reachedYear };
}

const sumOf = (stock: Record<string, number>) => Object.values(stock).reduce((a, b) => a + b, 0);
