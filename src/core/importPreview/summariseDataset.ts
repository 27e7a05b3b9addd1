import type { Dataset } from '../types';
import type { ImportedSummary } from './types';

/** The dataset without its groups: what the screen needs before the user saves. */
export function summariseDataset(dataset: Dataset): ImportedSummary {
  return {
    scheme: dataset.scheme,
    dimensions: dataset.dimensions,
    dimensionLabels: dataset.dimensionLabels ?? {},
    groupCount: dataset.groups.length,
    fromPercentages: dataset.meta?.fromPercentages === true,
  };
}
