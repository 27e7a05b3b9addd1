import type { FlowCount, FlowFinding, StockCount } from './types';

/** A stock that is not the stock before it plus hires minus leavers, located to group, period and origin. */
export type StockFlowMismatch = FlowFinding<
  'stock-flow-mismatch',
  { group: string; previousPeriod: string; period: string; category: string; expected: number; found: number }
>;

/** Room for counts derived from percentages (sums of unrounded fractions); whole counts match exactly. */
const TOLERANCE = 1e-6;

const keyOf = (group: string, period: string) => `${group}\u0000${period}`;

/**
 * Checks stock(t) = stock(t − 1) + in(t) − out(t) per group and origin, for each pair of
 * consecutive periods in `periods` (oldest first). A group and period is checked only when the
 * group has both stocks and at least one 'in' or 'out' count in that period; within it an origin
 * without a flow count had no such flow (0). An origin whose stock is unknown on either side is
 * skipped: nothing can be said. Promotions and funnel stages do not move people in or out.
 */
export function checkStockFlow(
  stocks: readonly StockCount[],
  flows: readonly FlowCount[],
  periods: readonly string[],
  categories: readonly string[],
): StockFlowMismatch[] {
  const stockAt = new Map<string, StockCount['counts']>();
  for (const s of stocks) stockAt.set(keyOf(s.group, s.period), s.counts);
  // group + period -> origin -> in − out
  const net = new Map<string, Map<string, number>>();
  for (const f of flows) {
    if (f.kind !== 'in' && f.kind !== 'out') continue;
    const key = keyOf(f.group, f.period);
    let byOrigin = net.get(key);
    if (!byOrigin) net.set(key, (byOrigin = new Map()));
    byOrigin.set(f.category, (byOrigin.get(f.category) ?? 0) + (f.kind === 'in' ? f.count : -f.count));
  }
  const groups = [...new Set(stocks.map((s) => s.group))];
  const issues: StockFlowMismatch[] = [];
  for (const group of groups) {
    for (let i = 1; i < periods.length; i++) {
      const previousPeriod = periods[i - 1]!;
      const period = periods[i]!;
      const before = stockAt.get(keyOf(group, previousPeriod));
      const after = stockAt.get(keyOf(group, period));
      const moved = net.get(keyOf(group, period));
      if (!before || !after || !moved) continue;
      for (const category of categories) {
        const start = before[category];
        const found = after[category];
        if (start == null || found == null) continue;
        const expected = start + (moved.get(category) ?? 0);
        if (Math.abs(expected - found) > TOLERANCE) {
          issues.push({ severity: 'error', code: 'stock-flow-mismatch', params: { group, previousPeriod, period, category, expected, found } });
        }
      }
    }
  }
  return issues;
}
