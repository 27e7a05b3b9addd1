import { checkDifferencing, publish, publishPrecomputed, type LpSolver, type PresetId } from '../core/privacy';
import { DEMO_PATTERNS } from '../core/demo/demoPatterns';
import type { Dataset } from '../core/types';
import type { Published } from './publishProtocol';

/**
 * The disclosure step in full: the published table and the differencing warnings in both languages.
 * The demo organisation, shown on every first visit, takes its suppression pattern from
 * DEMO_PATTERNS (publish()'s own, computed and audited ahead): it then needs no solver at all, so
 * the first paint does not wait for the WebAssembly to load. It is recognised by the fingerprint of
 * its content, so an edited or imported dataset, whatever it claims to be, goes through publish()
 * in full, with its exact audit. `solver` is only called when publish() has to run.
 */
export async function publishDataset(dataset: Dataset, preset: PresetId, solver: () => Promise<LpSolver>): Promise<Published> {
  const table = publishPrecomputed(dataset, preset, DEMO_PATTERNS) ?? publish(dataset, preset, await solver());
  return {
    table,
    warnings: {
      nl: checkDifferencing(dataset, preset, { locale: 'nl' }),
      en: checkDifferencing(dataset, preset, { locale: 'en' }),
    },
  };
}
