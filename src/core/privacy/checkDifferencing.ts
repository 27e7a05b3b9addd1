import type { Dataset, Issue, Locale } from '../types';
import { normaliseRules, type DisclosureRules, type PresetId } from './rules';

const YEAR = /^(jaar|year|periode|period|peildatum|peiljaar)$/i;
const EXCEPT = /(^|[^\p{L}])(behalve|except|excl\.?|exclusief|excluding|zonder|without|minus|but)([^\p{L}]|$)/iu;
const WHOLE = /(^|[^\p{L}])(alle[ns]?|all|iedereen|everyone|overig[e]?|rest|organisatie|organi[sz]ation|totaal|total)([^\p{L}]|$)/iu;

/**
 * Warnings about groupings that invite differencing: published figures for "everyone" and for
 * "everyone but X" give X away by subtraction, across tables the suppression step never sees
 * together. Flags (1) a label that reads like "all except …", (2) a group whose headcount is the
 * organisation's (per year, when there is a year dimension) minus fewer than groupMin people, and
 * (3) groups that change between the years of this dataset or against a previous one.
 */
export function checkDifferencing(
  dataset: Dataset,
  rules: DisclosureRules | PresetId,
  options: { previous?: Dataset; locale?: Locale } = {},
): Issue[] {
  const { groupMin } = normaliseRules(rules);
  const en = options.locale === 'en';
  const issues: Issue[] = [];
  const warn = (code: string, message: string, column?: string) =>
    issues.push({ severity: 'warning', code, message, ...(column === undefined ? {} : { column }) });
  const yearDim = dataset.dimensions.find((d) => YEAR.test(d));
  const others = dataset.dimensions.filter((d) => d !== yearDim);
  const years = yearDim === undefined ? [undefined] : labelsOf(dataset, yearDim);
  for (const dim of others) {
    for (const label of labelsOf(dataset, dim)) {
      if (EXCEPT.test(label) && WHOLE.test(label)) {
        warn('complement-group', en
          ? `The group '${label}' looks like everyone minus a few: together with the whole organisation it reveals the group left out.`
          : `De groep '${label}' lijkt op iedereen op een paar na: samen met de hele organisatie verraadt die de weggelaten groep.`, dim);
      }
    }
    for (const year of years) {
      const inYear = dataset.groups.filter((g) => yearDim === undefined || g.key[yearDim] === year);
      const whole = inYear.reduce((s, g) => s + g.total, 0);
      for (const label of labelsOf({ ...dataset, groups: inYear }, dim)) {
        const part = inYear.filter((g) => g.key[dim] === label).reduce((s, g) => s + g.total, 0);
        const gap = Math.round(whole - part);
        if (gap > 0 && gap < groupMin) {
          const when = year === undefined ? '' : ` in ${year}`;
          warn('small-complement', en
            ? `The group '${label}'${when} is the whole organisation minus ${gap} people (fewer than ${groupMin}): subtracting it from the organisation's figures reveals those people.`
            : `De groep '${label}'${when} is de hele organisatie min ${gap} mensen (minder dan ${groupMin}): wie die groep van de organisatie aftrekt, ziet die mensen.`, dim);
        }
      }
    }
    if (yearDim !== undefined) {
      for (let i = 1; i < years.length; i++) {
        const before = labelsOf({ ...dataset, groups: dataset.groups.filter((g) => g.key[yearDim] === years[i - 1]) }, dim);
        const after = labelsOf({ ...dataset, groups: dataset.groups.filter((g) => g.key[yearDim] === years[i]) }, dim);
        if (before.join('\u0001') !== after.join('\u0001')) {
          warn('grouping-changed', en
            ? `The groups of '${dim}' differ between ${years[i - 1]} and ${years[i]}: comparing the years can reveal the people who moved between groups.`
            : `De groepen van '${dim}' verschillen tussen ${years[i - 1]} en ${years[i]}: wie de jaren vergelijkt, kan de mensen zien die van groep wisselden.`, dim);
        }
      }
    }
  }
  if (options.previous) issues.push(...compareWithPrevious(dataset, options.previous, en));
  return issues;
}

function compareWithPrevious(dataset: Dataset, previous: Dataset, en: boolean): Issue[] {
  const same = (a: string[], b: string[]) => a.join('\u0001') === b.join('\u0001');
  const warning = (code: string, message: string, column?: string): Issue => ({
    severity: 'warning', code, message, ...(column === undefined ? {} : { column }),
  });
  if (!same([...dataset.dimensions].sort(), [...previous.dimensions].sort())) {
    return [warning('grouping-changed', en
      ? 'This dataset is grouped by other columns than the previous one: comparing the two can reveal small groups.'
      : 'Deze dataset is anders ingedeeld dan de vorige: wie de twee vergelijkt, kan kleine groepen zien.')];
  }
  return dataset.dimensions
    .filter((d) => !YEAR.test(d) && !same(labelsOf(dataset, d), labelsOf(previous, d)))
    .map((d) => warning('grouping-changed', en
      ? `The groups of '${d}' differ from the previous dataset: comparing the two can reveal the people who moved between groups.`
      : `De groepen van '${d}' verschillen van de vorige dataset: wie de twee vergelijkt, kan de mensen zien die van groep wisselden.`, d));
}

function labelsOf(dataset: Dataset, dim: string): string[] {
  return [...new Set(dataset.groups.map((g) => g.key[dim] ?? ''))].sort();
}
