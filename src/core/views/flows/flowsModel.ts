import { FLOW_DIMENSIONS, findFunnelDrops, testIntakeMix, type FlowStream, type FunnelDrop, type IntakeMixTest } from '../../flows';
import { pp } from '../../flows/intakeMix';
import { publishedGroups, type PublishedGroup, type PublishedTable, type SuppressionReason } from '../../privacy';
import { rateRows, type FlowRates } from './rateRows';

/** One stage of the funnel: published counts per origin (null = hidden) and each origin's share. */
export interface FunnelStageRow {
  stage: string;
  total: number | null;
  counts: Record<string, number | null>;
  /** count ÷ the stage's counts of all origins; null when any of those is hidden. */
  shares: Record<string, number | null>;
  reasons: Record<string, SuppressionReason>;
}

export interface FlowStep extends FlowRates {
  from: string;
  to: string;
}

export interface IntakeRow {
  category: string;
  hires: number | null;
  /** hires ÷ all hires of known origin; null when any hire count is hidden. */
  hireShare: number | null;
  /** Share of the stock at the start of the period; null when unknown or hidden. */
  stockShare: number | null;
  /** (hireShare − stockShare) × 100, percentage points. */
  vsStockPp: number | null;
  /** The benchmark's share as given; null without a benchmark or when it lacks this origin. */
  benchmarkShare: number | null;
  /** (hireShare − benchmarkShare) × 100, percentage points. */
  vsBenchmarkPp: number | null;
}

export interface FlowsPeriodModel {
  period: string;
  /** The stock period the flows start from; null when the stock table has none before `period`. */
  startPeriod: string | null;
  stages: FunnelStageRow[];
  /** Pass rates: each stage ÷ the stage before. */
  funnelSteps: FlowStep[];
  /** Where the share falls most (the first of findFunnelDrops), over stages fully published. */
  drop: FunnelDrop | null;
  /** Promotions from → to ÷ the stock at `from` at the start. */
  promotions: FlowStep[];
  /** Leavers ÷ the average of the stock at start and end; null without stocks. */
  leavers: FlowRates | null;
  intake: IntakeRow[];
  /** The hires against the benchmark (goodness of fit); null when a hire count is hidden. */
  intakeTest: IntakeMixTest | null;
}

export interface FlowsModelInput {
  flows: PublishedTable;
  streams: readonly FlowStream[];
  /** The published stock table (the disclosure state's) and its year dimension; null without stocks. */
  stock: PublishedTable | null;
  yearDimension: string | undefined;
  categories: readonly string[];
  reference: string;
  /** The current benchmark's share per origin (the organisation's profile); null without one. */
  benchmarkShares?: Readonly<Record<string, number | null | undefined>> | null;
}

const { period: PERIOD, stream: STREAM } = FLOW_DIMENSIONS;

/** The periods of a published flow table, oldest first. */
export function flowPeriods(flows: PublishedTable): string[] {
  // Read from period × stream: publishFlows never adds streams up, so there is no period margin.
  const set = new Set(publishedGroups(flows, [PERIOD, STREAM]).map((g) => g.key[PERIOD]!));
  return [...set].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
}

/**
 * Issue #18's measures for one period of the whole organisation, read only from published cells:
 * the funnel (counts, shares, pass rates, the largest drop), promotion and leaver rates against the
 * published stock, and the intake mix against the stock at the start.
 */
export function flowsModel(input: FlowsModelInput, period: string): FlowsPeriodModel {
  const { flows, streams, categories, reference } = input;
  const byStream = new Map(publishedGroups(flows, [PERIOD, STREAM]).filter((g) => g.key[PERIOD] === period).map((g) => [g.key[STREAM]!, g]));
  const stocks = stockByPeriod(input);
  const startPeriod = [...stocks.keys()].filter((p) => p.localeCompare(period, 'nl', { numeric: true }) < 0).sort((a, b) => a.localeCompare(b, 'nl', { numeric: true })).at(-1) ?? null;
  const start = startPeriod ? stocks.get(startPeriod)! : null;
  const end = stocks.get(period) ?? null;

  const funnel = streams.filter((s) => s.kind === 'funnel');
  const stages = funnel.map((s) => stageRow(s.stage!, byStream.get(s.label), categories));
  const funnelSteps = stages.slice(1).map((to, i) => ({ from: stages[i]!.stage, to: to.stage, ...rateRows(to.counts, stages[i]!.counts, categories, reference) }));
  // A stage with a hidden origin has no shares: findFunnelDrops skips the steps into and out of it.
  const complete = Object.fromEntries(stages.map((s) => [s.stage, Object.values(s.shares).every((v) => v !== null) ? s.counts : undefined]));
  const drop = findFunnelDrops(stages.map((s) => s.stage), complete as Record<string, Record<string, number>>, categories)[0] ?? null;

  const promotions = streams
    .filter((s) => s.kind === 'promotion')
    .map((s) => ({ from: s.fromLevel!, to: s.toLevel!, ...rateRows(byStream.get(s.label)?.values ?? {}, levelStock(input, startPeriod, s.fromLevel!), categories, reference) }));
  const leaverGroup = byStream.get('uitstroom');
  const leavers = leaverGroup && start && end ? rateRows(leaverGroup.values, average(start.values, end.values, categories), categories, reference) : null;
  const intake = intakeRows(byStream.get('instroom'), start, categories, input.benchmarkShares ?? {});
  return { period, startPeriod, stages, funnelSteps, drop, promotions, leavers, intake, intakeTest: intakeTest(intake) };
}

function stageRow(stage: string, group: PublishedGroup | undefined, categories: readonly string[]): FunnelStageRow {
  const counts = Object.fromEntries(categories.map((c) => [c, group ? (group.values[c] ?? null) : 0]));
  return { stage, total: group ? group.total : 0, counts, shares: sharesOf(counts, categories), reasons: group?.reasons ?? {} };
}

function sharesOf(counts: Record<string, number | null>, categories: readonly string[]): Record<string, number | null> {
  const known = categories.every((c) => counts[c] !== null);
  const sum = categories.reduce((s, c) => s + (counts[c] ?? 0), 0);
  return Object.fromEntries(categories.map((c) => [c, known && sum > 0 ? counts[c]! / sum : null]));
}

function stockByPeriod({ stock, yearDimension }: FlowsModelInput): Map<string, PublishedGroup> {
  if (!stock || !yearDimension) return new Map();
  return new Map(publishedGroups(stock, [yearDimension]).map((g) => [g.key[yearDimension]!, g]));
}

// The level a promotion starts from is a value of some other stock dimension (schaal, niveau):
// the one whose published values include it.
function levelStock(input: FlowsModelInput, startPeriod: string | null, level: string): Record<string, number | null> {
  const { stock, yearDimension } = input;
  if (!stock || !yearDimension || !startPeriod) return {};
  const dims = new Set(stock.cells.flatMap((c) => Object.keys(c.key)).filter((d) => d !== yearDimension));
  for (const dim of dims) {
    const group = publishedGroups(stock, [yearDimension, dim]).find((g) => g.key[yearDimension] === startPeriod && g.key[dim] === level);
    if (group) return group.values;
  }
  return {};
}

function average(a: Record<string, number | null>, b: Record<string, number | null>, categories: readonly string[]) {
  return Object.fromEntries(categories.map((c) => [c, a[c] == null || b[c] == null ? null : (a[c]! + b[c]!) / 2]));
}

function intakeRows(
  hires: PublishedGroup | undefined,
  start: PublishedGroup | null,
  categories: readonly string[],
  benchmark: Readonly<Record<string, number | null | undefined>>,
): IntakeRow[] {
  const counts = Object.fromEntries(categories.map((c) => [c, hires ? (hires.values[c] ?? null) : 0]));
  const hireShares = sharesOf(counts, categories);
  const stockShares = start ? sharesOf(Object.fromEntries(categories.map((c) => [c, start.values[c] ?? null])), categories) : {};
  return categories.map((category) => {
    const hireShare = hireShares[category] ?? null;
    const stockShare = stockShares[category] ?? null;
    const benchmarkShare = benchmark[category] ?? null;
    return { category, hires: counts[category]!, hireShare, stockShare, vsStockPp: pp(hireShare, stockShare), benchmarkShare, vsBenchmarkPp: pp(hireShare, benchmarkShare) };
  });
}

// Only on published counts: with any hire count hidden there is nothing honest to test.
function intakeTest(rows: readonly IntakeRow[]): IntakeMixTest | null {
  if (rows.some((r) => r.hires === null)) return null;
  return testIntakeMix(rows.map((r) => ({ hires: r.hires!, benchmarkShare: r.benchmarkShare })));
}
