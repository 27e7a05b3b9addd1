import type { Dataset, Group, SchemeId } from '../types';
import type { FlowCount, FlowKind } from './types';

/**
 * The dimensions of a flow table as publish() sees it: period and stream; flowDataset makes no
 * group dimension (see there), but publishFlows links a flow table that has one per group.
 */
export const FLOW_DIMENSIONS = { period: 'periode', stream: 'stroom', group: 'groep' } as const;

/** One stream of a flow table: what its 'stroom' label stands for. */
export interface FlowStream {
  /** The 'stroom' label in the dataset and the published table ('instroom', 'doorstroom 1 → 2', 'werving 2 gesprek'). */
  label: string;
  kind: FlowKind;
  fromLevel?: string;
  toLevel?: string;
  stage?: string;
  /** Funnel stages: position in the funnel (0 = first); others: 0. */
  order: number;
}

export interface FlowDataset {
  /** Flows as staff aggregates, so that publish() and its audit treat them like stocks. */
  dataset: Dataset;
  /** Every stream in the dataset, in display order: instroom, doorstroom, uitstroom, funnel stages. */
  streams: FlowStream[];
}

const HIRES: FlowStream = { label: 'instroom', kind: 'in', order: 0 };
const LEAVERS: FlowStream = { label: 'uitstroom', kind: 'out', order: 0 };
const KIND_ORDER: Record<FlowKind, number> = { in: 0, promotion: 1, out: 2, funnel: 3 };

/**
 * Flows of the whole organisation as a Dataset with dimensions periode × stroom, one count per
 * origin category: the one publish() with the same presets then hides small flows, and the links
 * between stocks and flows are audited on these cells. Flows per unit are summed: the views show
 * the organisation, and a unit's flows (a handful of people) are never published, so they cannot
 * be given away or force the organisation's own figures into hiding. When some flows name a group,
 * flows given for the whole organisation (group '') are left out: they would count twice.
 * `stages` orders funnel stages; stages it does not name follow in order of appearance.
 *
 * A period with hires or leavers has both groups, an absent one with nobody in it: published, a
 * missing 'uitstroom' would say that nobody left, and then the staff table's change gives the
 * hires away exactly (stock(t) − stock(t − 1) = in − 0). As an empty group it is hidden as too
 * small, like any group under the threshold (publishFlows keeps empty groups).
 */
export function flowDataset(flows: readonly FlowCount[], scheme: SchemeId, stages: readonly string[] = []): FlowDataset {
  const grouped = flows.some((f) => f.group !== '');
  const stageOrder = [...stages];
  for (const f of flows) if (f.kind === 'funnel' && !stageOrder.includes(f.stage)) stageOrder.push(f.stage);
  const streams = new Map<string, FlowStream>();
  const groups = new Map<string, Group>();
  for (const f of flows) {
    if (grouped && f.group === '') continue;
    const stream = streamOf(f, stageOrder);
    streams.set(stream.label, stream);
    const key: Record<string, string> = { [FLOW_DIMENSIONS.period]: f.period, [FLOW_DIMENSIONS.stream]: stream.label };
    const id = JSON.stringify(Object.values(key));
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { key, total: 0, counts: {} }));
    group.counts[f.category] = (group.counts[f.category] ?? 0) + f.count;
    group.total += f.count;
  }
  completeInOut(groups, streams);
  const dimensions: string[] = [FLOW_DIMENSIONS.period, FLOW_DIMENSIONS.stream];
  const ordered = [...streams.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order || a.label.localeCompare(b.label));
  return { dataset: { scheme, dimensions, groups: [...groups.values()] }, streams: ordered };
}

function completeInOut(groups: Map<string, Group>, streams: Map<string, FlowStream>): void {
  const linked = [HIRES, LEAVERS];
  const periods = new Set([...groups.values()].filter((g) => linked.some((s) => s.label === g.key[FLOW_DIMENSIONS.stream])).map((g) => g.key[FLOW_DIMENSIONS.period]!));
  for (const period of periods) {
    for (const stream of linked) {
      const key = { [FLOW_DIMENSIONS.period]: period, [FLOW_DIMENSIONS.stream]: stream.label };
      const id = JSON.stringify(Object.values(key));
      if (groups.has(id)) continue;
      groups.set(id, { key, total: 0, counts: {} });
      streams.set(stream.label, stream);
    }
  }
}

// Labels are data that exports show, so they read as Dutch HR words; the funnel's position is in
// its label so that a stage name can never collide with another stream.
function streamOf(f: FlowCount, stageOrder: readonly string[]): FlowStream {
  switch (f.kind) {
    case 'in':
      return HIRES;
    case 'out':
      return LEAVERS;
    case 'promotion':
      return { label: `doorstroom ${f.fromLevel} → ${f.toLevel}`, kind: 'promotion', fromLevel: f.fromLevel, toLevel: f.toLevel, order: 0 };
    case 'funnel': {
      const order = stageOrder.indexOf(f.stage);
      return { label: `werving ${order + 1} ${f.stage}`, kind: 'funnel', stage: f.stage, order };
    }
  }
}
