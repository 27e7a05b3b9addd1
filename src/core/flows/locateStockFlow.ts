import { checkStockFlow } from './checkStockFlow';
import type { CollectedFlows } from './collectFlows';
import type { FlowAt, FlowIssue } from './flowIssue';
import type { StockCount } from './types';

const periodOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * Runs checkStockFlow on imported flows against the given stocks, over all their periods (in
 * numeric order: '2023' before '2024', 'Q2' before 'Q10') and origins. Each mismatch points at
 * the row of that period's hires of the group and origin, else its leavers, else the group's
 * first hires or leavers row of the period.
 */
export function locateStockFlow(stocks: readonly StockCount[], { flows, at }: CollectedFlows): FlowIssue[] {
  const periods = [...new Set([...stocks.map((s) => s.period), ...flows.map((f) => f.period)])].sort(periodOrder);
  const categories = [...new Set([...flows.map((f) => f.category), ...stocks.flatMap((s) => Object.keys(s.counts))])];
  return checkStockFlow(stocks, flows, periods, categories).map((m) => {
    const { group, period, category } = m.params;
    const moved = flows.flatMap((f, i) => (f.group === group && f.period === period && (f.kind === 'in' || f.kind === 'out') ? [{ f, at: at[i]! }] : []));
    const where: FlowAt =
      moved.find((x) => x.f.category === category && x.f.kind === 'in')?.at ??
      moved.find((x) => x.f.category === category)?.at ??
      moved[0]?.at ??
      {};
    return { ...m, ...where };
  });
}
