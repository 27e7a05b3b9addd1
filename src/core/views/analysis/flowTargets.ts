import { FLOW_DIMENSIONS, type FlowStream } from '../../flows/flowDataset';
import { observedFlowRates, projectWithFlows, type ObservedFlowRates } from '../../flows/projectWithFlows';
import type { FlowCount, StockCount } from '../../flows/types';
import { publishedGroups, type PublishedGroup } from '../../privacy/publishedGroups';
import type { PublishedTable } from '../../privacy/types';

export interface FlowTargetRow {
  category: string;
  /** The streefcijfer as a fraction. */
  target: number;
  /** The share projected for the target year. */
  shareInTargetYear: number | null;
  /** The first year the projected share meets the target; null when it does not by the target year. */
  reachedYear: number | null;
}

export type FlowTargets =
  | { ok: true; period: string; rates: ObservedFlowRates; rows: FlowTargetRow[] }
  /**
   * 'no-flows': no period with both hires and leavers; 'hidden': one of the counts needed is
   * suppressed; 'no-stock': no published stock at the start and end of that period.
   */
  | { ok: false; reason: 'no-flows' | 'hidden' | 'no-stock'; period?: string };

export interface FlowTargetsInput {
  /** The published flow table (flowDataset's dimensions) and its streams. */
  flows: PublishedTable;
  streams: readonly FlowStream[];
  /** The published stock table and its year dimension. */
  stocks: PublishedTable;
  yearDimension: string;
  categories: readonly string[];
  /** Category -> streefcijfer (fraction); categories without one get no row. */
  targets: Readonly<Record<string, number | null | undefined>>;
  targetYear: number;
}

/**
 * Issue #18 item 4: targets with the observed intake and exit instead of an assumed turnover.
 * The latest period with published hires and leavers for the whole organisation is repeated
 * each year until the target year ("with this year's intake mix you reach X% in Y"). Reads only
 * published cells: a hidden count needed for the rates gives 'hidden', never a guess.
 */
export function flowTargets(input: FlowTargetsInput): FlowTargets {
  const { categories } = input;
  const labelOf = (kind: 'in' | 'out') => input.streams.find((s) => s.kind === kind)?.label;
  const inLabel = labelOf('in');
  const outLabel = labelOf('out');
  if (!inLabel || !outLabel) return { ok: false, reason: 'no-flows' };
  const byPeriod = new Map<string, { in?: PublishedGroup; out?: PublishedGroup }>();
  for (const g of publishedGroups(input.flows, [FLOW_DIMENSIONS.period, FLOW_DIMENSIONS.stream])) {
    const stream = g.key[FLOW_DIMENSIONS.stream];
    if (stream !== inLabel && stream !== outLabel) continue;
    const period = g.key[FLOW_DIMENSIONS.period]!;
    const entry = byPeriod.get(period) ?? {};
    entry[stream === inLabel ? 'in' : 'out'] = g;
    byPeriod.set(period, entry);
  }
  const period = [...byPeriod].filter(([, e]) => e.in && e.out).map(([p]) => p).sort().pop();
  if (period === undefined) return { ok: false, reason: 'no-flows' };
  const { in: hires, out: leavers } = byPeriod.get(period)!;
  const flows: FlowCount[] = [];
  for (const c of categories) {
    const h = hires!.values[c];
    const l = leavers!.values[c];
    if (h == null || l == null) return { ok: false, reason: 'hidden', period };
    flows.push({ period, group: '', category: c, kind: 'in', count: h }, { period, group: '', category: c, kind: 'out', count: l });
  }
  const stocks: StockCount[] = publishedGroups(input.stocks, [input.yearDimension]).map((g) => ({
    period: g.key[input.yearDimension]!,
    group: '',
    counts: g.values,
  }));
  const observed = observedFlowRates(flows, stocks, period, { categories });
  if (!observed.ok) return { ok: false, reason: observed.reason === 'no-stock' && hasStock(stocks, period) ? 'hidden' : 'no-stock', period };
  const rows: FlowTargetRow[] = [];
  for (const category of categories) {
    const target = input.targets[category];
    if (target == null) continue;
    const projection = projectWithFlows({ rates: observed.rates, category, targetShare: target, fromYear: Number(period), untilYear: input.targetYear });
    const last = projection.years[projection.years.length - 1];
    rows.push({ category, target, shareInTargetYear: last?.share ?? null, reachedYear: projection.reachedYear });
  }
  return { ok: true, period, rates: observed.rates, rows };
}

/** Whether both stocks exist but one holds a hidden origin (then the cause is suppression). */
function hasStock(stocks: readonly StockCount[], period: string): boolean {
  return stocks.some((s) => s.period === period) && stocks.some((s) => s.period < period);
}
