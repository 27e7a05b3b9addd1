import type { FlowAt } from './flowIssue';
import type { FlowEntry } from './readFlowRows';
import type { FlowCount } from './types';

/** Flow counts with where each was first read, so later checks can point at a row. */
export interface CollectedFlows {
  flows: FlowCount[];
  /** Same order as `flows`. */
  at: FlowAt[];
}

/**
 * Turns entries into FlowCounts under their origin's category. Entries of the same flow, period,
 * group, stage or levels and category are summed, as the stock import sums repeated rows (a file
 * may list Turkije and Marokko, both Buiten Europa); the first row locates the sum.
 */
export function collectFlows(entries: readonly FlowEntry[], categoryOf: ReadonlyMap<number, string>): CollectedFlows {
  const index = new Map<string, number>();
  const out: CollectedFlows = { flows: [], at: [] };
  for (const e of entries) {
    const category = categoryOf.get(e.origin);
    if (category === undefined) continue;
    const key = [e.kind, e.period, e.group, e.stage, e.fromLevel, e.toLevel, category].join('\u0000');
    const i = index.get(key);
    if (i !== undefined) {
      out.flows[i]!.count += e.count;
      continue;
    }
    index.set(key, out.flows.length);
    out.flows.push(toFlow(e, category));
    out.at.push({ row: e.row, column: e.column });
  }
  return out;
}

function toFlow(e: FlowEntry, category: string): FlowCount {
  const base = { period: e.period, group: e.group, category, count: e.count };
  if (e.kind === 'funnel') return { ...base, kind: 'funnel', stage: e.stage };
  if (e.kind === 'promotion') return { ...base, kind: 'promotion', fromLevel: e.fromLevel, toLevel: e.toLevel };
  return { ...base, kind: e.kind };
}

/** Funnel stages in order: by the explicit 'Volgorde' where given (first appearance on a tie), else as they first appear. */
export function stageOrder(flows: readonly FlowCount[], explicit: ReadonlyMap<string, number>): string[] {
  const stages = [...new Set(flows.flatMap((f) => (f.kind === 'funnel' ? [f.stage] : [])))];
  if (explicit.size === 0) return stages;
  const rank = (s: string) => explicit.get(s) ?? Infinity;
  return stages.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map((x) => x.s);
}
