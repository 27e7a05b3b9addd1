/**
 * Flows between stocks (issue #18): instroom ('in', hires), doorstroom ('promotion', from one
 * level to another), uitstroom ('out', leavers) and the stages of a recruitment funnel ('funnel').
 */
export type FlowKind = 'in' | 'promotion' | 'out' | 'funnel';

interface FlowCountBase {
  /**
   * The period the flow happened in ('2024'). It runs from the stock of the period before to the
   * stock of this one: stock(2024) = stock(2023) + in(2024) − out(2024).
   */
  period: string;
  /** The group's label (a unit, or several dimensions joined by the importer); '' for the whole organisation. */
  group: string;
  /** Origin category id of the dataset's scheme ('nederland', 'westers', …). */
  category: string;
  /** Number of people; whole for real counts, fractional when derived from percentages. */
  count: number;
}

/** One count of a flow: plain data, as the import engine will produce it. */
export type FlowCount =
  | (FlowCountBase & { kind: 'in' | 'out' })
  | (FlowCountBase & { kind: 'promotion'; fromLevel: string; toLevel: string })
  /** Funnel stages are ordered by the caller (sollicitanten → gesprek → aanbod → aangenomen). */
  | (FlowCountBase & { kind: 'funnel'; stage: string });

/** Who is employed in a group at the end of a period, per origin; null or missing when unknown. */
export interface StockCount {
  period: string;
  group: string;
  counts: Record<string, number | null | undefined>;
}

/**
 * A finding about flows as code + parameters, never a sentence: the wording is in
 * src/i18n/messages/flows.ts, keyed 'flows.' + code.
 */
export interface FlowFinding<Code extends string, Params extends Record<string, string | number>> {
  severity: 'error' | 'warning' | 'info';
  code: Code;
  params: Params;
}

/**
 * An organisation's flows as kept with its dataset (Dataset.flows): saved, backed up, restored
 * and wiped with it. Counts are imported by importFlows; stages order the funnel.
 */
export interface FlowSet {
  counts: FlowCount[];
  stages: string[];
  /** The file the flows came from (data, never markup). */
  fileName?: string;
}
