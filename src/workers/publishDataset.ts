import { checkDifferencing, publish, type PresetId } from '../core/privacy';
import type { Dataset } from '../core/types';
import type { Published } from './publishProtocol';

/** The disclosure step in full: the published table and the differencing warnings in both languages. */
export function publishDataset(dataset: Dataset, preset: PresetId): Published {
  return {
    table: publish(dataset, preset),
    warnings: {
      nl: checkDifferencing(dataset, preset, { locale: 'nl' }),
      en: checkDifferencing(dataset, preset, { locale: 'en' }),
    },
  };
}
