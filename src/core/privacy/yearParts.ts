import type { Dataset } from '../types';
import { yearDimension } from '../yearDimension';
import { publishKey } from './publishKey';
import type { DisclosureRules, PresetId } from './rules';

// Apart from publishParts.ts so that the disclosure state can look kept years up (partKeys)
// without pulling the audit into the initial bundle.

/**
 * The dataset's independent parts: one dataset per year (in label order) when it has a year
 * dimension with two or more years, else the dataset itself. No published sum ties two years
 * (README: years are never added up), so publish() of the whole is exactly publish() of each
 * year, side by side; test/unit/privacy/yearSplit.test.ts holds it to that.
 */
export function yearParts(dataset: Dataset): Dataset[] {
  const year = yearDimension(dataset);
  if (year === undefined) return [dataset];
  const byYear = new Map<string, Dataset['groups'][number][]>();
  for (const group of dataset.groups) {
    const label = group.key[year] ?? '';
    byYear.get(label)?.push(group) ?? byYear.set(label, [group]);
  }
  if (byYear.size < 2) return [dataset];
  return [...byYear.keys()].sort().map((label) => ({ ...dataset, groups: byYear.get(label)! }));
}

/** The content keys of the dataset's parts (yearParts), to look their kept patterns up. */
export function partKeys(dataset: Dataset, rules: DisclosureRules | PresetId): string[] {
  return yearParts(dataset).map((part) => publishKey(part, rules));
}
