import type { Dataset } from '../types';
import type { ImportedSummary } from './types';
import { currentKey } from '../views/latestYear';

/** The dataset without its groups: what the screen needs before the user saves. */
export function summariseDataset(dataset: Dataset): ImportedSummary {
  return {
    scheme: dataset.scheme,
    dimensions: dataset.dimensions,
    dimensionLabels: dataset.dimensionLabels ?? {},
    groupCount: dataset.groups.length,
    fromPercentages: dataset.meta?.fromPercentages === true,
    ...latest(dataset),
  };
}

/** The latest year (when there is a year column) and the headcount in it: the organisation's size. */
function latest(dataset: Dataset): Pick<ImportedSummary, 'headcount' | 'period'> {
  const key = currentKey(dataset);
  const [dimension, period] = Object.entries(key)[0] ?? [];
  const groups = dimension ? dataset.groups.filter((g) => g.key[dimension] === period) : dataset.groups;
  const headcount = Math.round(groups.reduce((sum, g) => sum + g.total, 0));
  return period ? { headcount, period } : { headcount };
}
