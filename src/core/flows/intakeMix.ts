import { goodnessOfFit } from '../analysis/goodnessOfFit';
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

const pp = (a: number | null, b: number | null) => (a == null || b == null ? null : (a - b) * 100);

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
  const { categories, group } = options;
  const inGroup = (g: string) => group === undefined || g === group;
  const hiresBy = new Map<string, number>(categories.map((c) => [c, 0]));
  for (const f of flows) {
    if (f.kind === 'in' && f.period === period && inGroup(f.group) && hiresBy.has(f.category)) {
      hiresBy.set(f.category, hiresBy.get(f.category)! + f.count);
    }
  }
  const hires = [...hiresBy.values()].reduce((a, b) => a + b, 0);
  const earlier = stocks.map((s) => s.period).filter((p) => p < period);
  const startPeriod = options.startPeriod ?? (earlier.length ? earlier.reduce((a, b) => (b > a ? b : a)) : null);
  const stockBy = startStock(stocks, startPeriod, categories, inGroup);
  const stockTotal = stockBy && [...stockBy.values()].reduce((a, b) => a + b, 0);

  const rows = categories.map((category): IntakeMixRow => {
    const n = hiresBy.get(category)!;
    const hireShare = hires > 0 ? n / hires : null;
    const stockShare = stockBy && stockTotal! > 0 ? stockBy.get(category)! / stockTotal! : null;
    const benchmarkShare = benchmarkShares[category] ?? null;
    return { category, hires: n, hireShare, stockShare, benchmarkShare, vsBenchmarkPp: pp(hireShare, benchmarkShare), vsStockPp: pp(hireShare, stockShare) };
  });
  return { period, startPeriod, hires, rows, test: testMix(rows) };
}

/** The start stock per origin summed over the groups kept; null when any origin is unknown in any of them. */
function startStock(stocks: readonly StockCount[], start: string | null, categories: readonly string[], keep: (g: string) => boolean) {
  const kept = stocks.filter((s) => s.period === start && keep(s.group));
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

function testMix(rows: readonly IntakeMixRow[]): IntakeMixTest {
  const hires = rows.reduce((a, r) => a + r.hires, 0);
  if (hires === 0) return { method: 'none', reason: 'no-hires' };
  if (rows.some((r) => r.benchmarkShare == null)) return { method: 'none', reason: 'no-benchmark' };
  const shareSum = rows.reduce((a, r) => a + r.benchmarkShare!, 0);
  if (!(shareSum > 0)) return { method: 'none', reason: 'no-benchmark' };
  if (rows.some((r) => !Number.isInteger(r.hires))) return { method: 'none', reason: 'not-whole-counts' };
  const fit = goodnessOfFit(rows.map((r) => r.hires), rows.map((r) => r.benchmarkShare! / shareSum));
  return { method: 'goodness-of-fit', ...fit };
}
