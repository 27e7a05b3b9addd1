import { goodnessOfFit } from '../analysis/goodnessOfFit';
import { groupFilter, periodBefore, sumFlows, sumStock, total } from './sumOrigins';
import type { FlowCount, StockCount } from './types';

/** One origin's share of the hires beside its share of the stock and of the benchmark. */
export interface IntakeMixRow {
  category: string;
  hires: number;
  /** hires ÷ all hires; null when there were none. */
  hireShare: number | null;
  /** Share of the stock at the start of the period; null when that stock is unknown. */
  stockShare: number | null;
  /** The benchmark's share as given; null when the benchmark lacks it. */
  benchmarkShare: number | null;
  /** (hireShare − benchmarkShare) × 100: percentage points; null when either is unknown. */
  vsBenchmarkPp: number | null;
  /** (hireShare − stockShare) × 100: positive = hiring raises this origin's share. */
  vsStockPp: number | null;
}

/** Whether the hires' mix differs from the benchmark: how it was tested, or why not. */
export type IntakeMixTest =
  | { method: 'goodness-of-fit'; statistic: number; df: number; p: number }
  | { method: 'none'; reason: 'no-hires' | 'no-benchmark' | 'not-whole-counts' };

export interface IntakeMix {
  period: string;
  /** The stock period taken as the start; null when no stock precedes `period`. */
  startPeriod: string | null;
  hires: number;
  rows: IntakeMixRow[];
  test: IntakeMixTest;
}

export interface IntakeMixOptions {
  /** The scheme's origin ids, in the order the rows come back. */
  categories: readonly string[];
  /** Only this group's flows and stocks; by default every group given is summed (so pass one level). */
  group?: string;
  /** The stock the period starts from; by default the latest stock period before `period`. */
  startPeriod?: string;
}

/** (a − b) × 100: the difference of two shares in percentage points; null when either is unknown. */
export const pp = (a: number | null, b: number | null): number | null => (a == null || b == null ? null : (a - b) * 100);

/**
 * Issue #18 item 3: the origin mix of a period's hires against the benchmark and against the
 * stock at the start of the period, with Pearson's goodness-of-fit test of the hires against the
 * benchmark shares. Benchmark shares are rescaled to sum to 1 for the test (published shares are
 * rounded); counts that are not whole (derived from percentages) are not tested, as testGroup.
 */
export function intakeMix(
  flows: readonly FlowCount[],
  stocks: readonly StockCount[],
  benchmarkShares: Record<string, number | null | undefined>,
  period: string,
  options: IntakeMixOptions,
): IntakeMix {
  const { categories } = options;
  const keep = groupFilter(options.group);
  const hiresBy = sumFlows(flows, 'in', period, categories, keep);
  const hires = total(hiresBy);
  const startPeriod = options.startPeriod ?? periodBefore(stocks, period);
  const stockBy = sumStock(stocks, startPeriod, categories, keep);
  const stockTotal = stockBy && total(stockBy);

  const rows = categories.map((category): IntakeMixRow => {
    const n = hiresBy.get(category)!;
    const hireShare = hires > 0 ? n / hires : null;
    const stockShare = stockBy && stockTotal! > 0 ? stockBy.get(category)! / stockTotal! : null;
    const benchmarkShare = benchmarkShares[category] ?? null;
    return { category, hires: n, hireShare, stockShare, benchmarkShare, vsBenchmarkPp: pp(hireShare, benchmarkShare), vsStockPp: pp(hireShare, stockShare) };
  });
  return { period, startPeriod, hires, rows, test: testIntakeMix(rows) };
}

/**
 * Pearson's goodness-of-fit test of whole hire counts against benchmark shares (rescaled to sum
 * to 1, as published shares are rounded); the reason when it cannot run.
 */
export function testIntakeMix(rows: readonly { hires: number; benchmarkShare: number | null }[]): IntakeMixTest {
  const hires = rows.reduce((a, r) => a + r.hires, 0);
  if (hires === 0) return { method: 'none', reason: 'no-hires' };
  if (rows.some((r) => r.benchmarkShare == null)) return { method: 'none', reason: 'no-benchmark' };
  const shareSum = rows.reduce((a, r) => a + r.benchmarkShare!, 0);
  if (!(shareSum > 0)) return { method: 'none', reason: 'no-benchmark' };
  if (rows.some((r) => !Number.isInteger(r.hires))) return { method: 'none', reason: 'not-whole-counts' };
  const fit = goodnessOfFit(rows.map((r) => r.hires), rows.map((r) => r.benchmarkShare! / shareSum));
  return { method: 'goodness-of-fit', ...fit };
}
