import {
  checkDifferencing,
  encodePattern,
  patternOf,
  publishKept,
  publishKey,
  publishPrecomputed,
  publishWithStats,
  type LpSolver,
  type PresetId,
  type PublishProgress,
} from '../core/privacy';
import { DEMO_PATTERNS } from '../core/demo/demoPatterns';
import { publishFlows, type FlowCount, type PublishedFlows } from '../core/flows';
import type { Dataset } from '../core/types';
import type { KeptTable, Published } from './publishProtocol';

export interface PublishOptions {
  /** A table kept from an earlier run: reused when it fits this dataset and preset. */
  kept?: KeptTable;
  onProgress?: (progress: PublishProgress) => void;
}

/**
 * The disclosure step in full: the published table and the differencing warnings.
 * The demo organisation, shown on every first visit, takes its suppression pattern from
 * DEMO_PATTERNS (publish()'s own, computed and audited ahead): it then needs no solver at all, so
 * the first paint does not wait for the WebAssembly to load. It is recognised by the fingerprint of
 * its content, so an edited or imported dataset, whatever it claims to be, goes through publish()
 * in full, with its exact audit. So does a kept table (publishKept): reused only under this
 * content's own key. `solver` is only called when publish() has to run.
 */
export async function publishDataset(
  dataset: Dataset,
  preset: PresetId,
  solver: () => Promise<LpSolver>,
  { kept, onProgress }: PublishOptions = {},
): Promise<Published> {
  const known = publishPrecomputed(dataset, preset, DEMO_PATTERNS) ?? (kept ? publishKept(dataset, preset, kept) : null);
  const table = known ?? publishWithStats(dataset, preset, await solver(), { onProgress }).table;
  const fresh = !known && table.audit?.audited;
  return {
    table,
    warnings: checkDifferencing(dataset, preset),
    ...(fresh ? { keep: { key: publishKey(dataset, preset), pattern: encodePattern(patternOf(table)) } } : {}),
  };
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
  { kept, onProgress }: PublishOptions = {},
): Promise<PublishedFlows> {
  const lp = await solver();
  const known = publishPrecomputed(stocks, preset, DEMO_PATTERNS) ?? (kept ? publishKept(stocks, preset, kept) : null);
  const stockTable = known ?? publishWithStats(stocks, preset, lp, { onProgress }).table;
  return publishFlows({ stocks, stockTable, flows, stages, rules: preset, solver: lp, onProgress });
}
