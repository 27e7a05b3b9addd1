import type { FlowsPeriodModel, IntakeRow } from './flowsModel';
import type { FlowRates } from './rateRows';

/** One rate a screen can show: a funnel step, a promotion step, or leavers. */
export interface FlowMeasure {
  /** Unique within a period: 'funnel 1', 'promotion 0', 'out'. */
  id: string;
  kind: 'funnel' | 'promotion' | 'out';
  /** Stage or level the step starts from and goes to; '' for leavers. */
  from: string;
  to: string;
  rates: FlowRates;
  /**
   * Whether a low rate is the adverse outcome (passing, promotion), so that four-fifths applies;
   * for leavers a high rate is, and the four-fifths mark is not drawn.
   */
  selection: boolean;
}

/** Every rate of a period in screen order: funnel steps, promotions, leavers. */
export function flowMeasures(model: FlowsPeriodModel): FlowMeasure[] {
  return [
    ...model.funnelSteps.map(({ from, to, ...rates }, i): FlowMeasure => ({ id: `funnel ${i}`, kind: 'funnel', from, to, rates, selection: true })),
    ...model.promotions.map(({ from, to, ...rates }, i): FlowMeasure => ({ id: `promotion ${i}`, kind: 'promotion', from, to, rates, selection: true })),
    ...(model.leavers ? [{ id: 'out', kind: 'out' as const, from: '', to: '', rates: model.leavers, selection: false }] : []),
  ];
}

/** What a rate figure's summary says: which origin stands out, and against which rate. */
export type RateFinding =
  | { code: 'below' | 'leavers'; category: string; rate: number; ratio: number; referenceRate: number }
  | { code: 'above'; referenceRate: number }
  | { code: 'none' };

/**
 * For selections, the origin with the lowest ratio to the reference when it is below four-fifths
 * ('below'), else 'above'; for leavers the origin leaving most often relative to the reference.
 * 'none' when the reference rate or every other origin's ratio is unknown.
 */
export function rateFinding(measure: FlowMeasure): RateFinding {
  const { referenceRate, reference, rows } = measure.rates;
  const compared = rows.flatMap((r) => (r.rate && r.category !== reference && r.rate.ratioToReference !== null && r.rate.rate !== null ? [r.rate] : []));
  if (referenceRate === null || compared.length === 0) return { code: 'none' };
  const pick = measure.selection
    ? compared.reduce((a, b) => (b.ratioToReference! < a.ratioToReference! ? b : a))
    : compared.reduce((a, b) => (b.ratioToReference! > a.ratioToReference! ? b : a));
  if (measure.selection && !pick.belowFourFifths) return { code: 'above', referenceRate };
  return { code: measure.selection ? 'below' : 'leavers', category: pick.category, rate: pick.rate!, ratio: pick.ratioToReference!, referenceRate };
}

/**
 * The origin whose share of the hires differs most from its share of the stock (or, with
 * 'vsBenchmarkPp', of the benchmark); null when none is known.
 */
export function largestIntakeShift(rows: readonly IntakeRow[], by: 'vsStockPp' | 'vsBenchmarkPp' = 'vsStockPp'): IntakeRow | null {
  let best: IntakeRow | null = null;
  for (const r of rows) if (r[by] !== null && (!best || Math.abs(r[by]) > Math.abs(best[by]!))) best = r;
  return best;
}
