import type { FlowCount, FlowKind } from './types';

/** What the import's check step says about a flow file: its periods, groups and people per kind. */
export interface FlowSummary {
  /** Sorted as text ('2023' < '2024'). */
  periods: string[];
  /** Groups named (0 when every flow is the whole organisation). */
  groups: number;
  /** People per kind, in the order instroom, doorstroom, uitstroom, werving; kinds absent are left out. */
  kinds: Array<{ kind: FlowKind; people: number }>;
  /** The funnel's stages in order. */
  stages: string[];
}

const ORDER: FlowKind[] = ['in', 'promotion', 'out', 'funnel'];

/** For the funnel, people are those at its first stage (everyone who entered it). */
export function summariseFlows(flows: readonly FlowCount[], stages: readonly string[]): FlowSummary {
  const periods = new Set<string>();
  const groups = new Set<string>();
  const people = new Map<FlowKind, number>();
  for (const f of flows) {
    periods.add(f.period);
    if (f.group !== '') groups.add(f.group);
    if (f.kind === 'funnel' && f.stage !== stages[0]) continue;
    people.set(f.kind, (people.get(f.kind) ?? 0) + f.count);
  }
  return {
    periods: [...periods].sort(),
    groups: groups.size,
    kinds: ORDER.filter((k) => people.has(k)).map((kind) => ({ kind, people: people.get(kind)! })),
    stages: [...stages],
  };
}
