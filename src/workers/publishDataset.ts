import { checkDifferencing, publish, publishPrecomputed, type PresetId } from '../core/privacy';
import { DEMO_PATTERNS } from '../core/demo/demoPatterns';
import type { Dataset } from '../core/types';
import type { Published } from './publishProtocol';

/**
 * The disclosure step in full: the published table and the differencing warnings in both languages.
 * The demo organisation, shown on every first visit, takes its suppression pattern from
 * DEMO_PATTERNS (publish()'s own, computed ahead): its exact audit alone would take most of the
 * first-paint budget. It is recognised by the fingerprint of its content, so an edited or imported
 * dataset, whatever it claims to be, goes through publish() in full.
 */
export function publishDataset(dataset: Dataset, preset: PresetId): Published {
  return {
    table: publishPrecomputed(dataset, preset, DEMO_PATTERNS) ?? publish(dataset, preset),
    warnings: {
      nl: checkDifferencing(dataset, preset, { locale: 'nl' }),
      en: checkDifferencing(dataset, preset, { locale: 'en' }),
    },
  };
}
