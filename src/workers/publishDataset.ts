import {
  checkDifferencing,
  encodePattern,
  patternOf,
  publishByParts,
  publishKept,
  publishKey,
  publishPrecomputed,
  type LpSolver,
  type PresetId,
  type PublishProgress,
} from '../core/privacy';
import { DEMO_PATTERNS } from '../core/demo/demoPatterns';
import { publishFlows, type FlowCount, type PublishedFlows } from '../core/flows';
import type { Dataset } from '../core/types';
import type { PublishedTable } from '../core/privacy';
import type { KeptTable, Published } from './publishProtocol';

export interface PublishOptions {
  /** Tables kept from earlier runs (the whole dataset's or its years'): reused when they fit. */
  kept?: readonly KeptTable[];
  onProgress?: (progress: PublishProgress) => void;
}

/**
 * The disclosure step in full: the published table and the differencing warnings.
 * The demo organisation, shown on every first visit, takes its suppression pattern from
 * DEMO_PATTERNS (publish()'s own, computed and audited ahead): it then needs no solver at all, so
 * the first paint does not wait for the WebAssembly to load. It is recognised by the fingerprint of
 * its content, so an edited or imported dataset, whatever it claims to be, goes through publish()
 * in full, with its exact audit. So does a kept table (publishKept): reused only under this
 * content's own key. Otherwise each year is published on its own, and a year kept from an
 * earlier run under its own content key is reused (publishByParts): a new or edited year is the
 * only one audited. `solver` is only called when publish() has to run.
 */
export async function publishDataset(
  dataset: Dataset,
  preset: PresetId,
  solver: () => Promise<LpSolver>,
  { kept = [], onProgress }: PublishOptions = {},
): Promise<Published> {
  const warnings = checkDifferencing(dataset, preset);
  const known = knownTable(dataset, preset, kept);
  if (known) return { table: known, warnings };
  const { table, fresh } = publishByParts(dataset, preset, await solver(), { kept, onProgress });
  // One part (no years, or one): it is the whole table, already in `fresh` under the same key.
  const key = publishKey(dataset, preset);
  const whole = table.audit?.audited && !fresh.some((k) => k.key === key) ? [{ key, pattern: encodePattern(patternOf(table)), audit: table.audit }] : [];
  const keep = [...whole, ...fresh];
  return { table, warnings, ...(keep.length > 0 ? { keep } : {}) };
}

/** The demo's precomputed table, or the whole dataset's kept one, when either fits; else null. */
function knownTable(dataset: Dataset, preset: PresetId, kept: readonly KeptTable[]): PublishedTable | null {
  const key = publishKey(dataset, preset);
  const whole = kept.find((k) => k.key === key);
  return publishPrecomputed(dataset, preset, DEMO_PATTERNS) ?? (whole ? publishKept(dataset, preset, whole) : null);
}

/**
 * The disclosure step for flows: the stock table as publishDataset makes it (the demo's from its
 * precomputed pattern, a stored dataset's from its kept table: `kept` is the STOCK table's), then
 * publishFlows, which audits both tables together through the stock–flow links and hides flow
 * cells only. The solver is always needed: flow tables are not kept yet.
 */
export async function publishFlowsDataset(
  stocks: Dataset,
  flows: readonly FlowCount[],
  stages: readonly string[],
  preset: PresetId,
  solver: () => Promise<LpSolver>,
  { kept = [], onProgress }: PublishOptions = {},
): Promise<PublishedFlows> {
  const lp = await solver();
  const stockTable = knownTable(stocks, preset, kept) ?? publishByParts(stocks, preset, lp, { kept, onProgress }).table;
  return publishFlows({ stocks, stockTable, flows, stages, rules: preset, solver: lp, onProgress });
}
