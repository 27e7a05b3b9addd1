import type { Dataset, Issue, IssueParams } from '../types';
import { normaliseRules, type DisclosureRules, type PresetId } from './rules';

const YEAR = /^(jaar|year|periode|period|peildatum|peiljaar)$/i;
const EXCEPT = /(^|[^\p{L}])(behalve|except|excl\.?|exclusief|excluding|zonder|without|minus|but)([^\p{L}]|$)/iu;
const WHOLE = /(^|[^\p{L}])(alle[ns]?|all|iedereen|everyone|overig[e]?|rest|organisatie|organi[sz]ation|totaal|total)([^\p{L}]|$)/iu;

/**
 * Warnings about groupings that invite differencing: published figures for "everyone" and for
 * "everyone but X" give X away by subtraction, across tables the suppression step never sees
 * together. Flags (1) a label that reads like "all except …", (2) a group whose headcount is the
 * organisation's (per year, when there is a year dimension) minus fewer than groupMin people, and
 * (3) groups that change between the years of this dataset or against a previous one. The issues
 * carry codes and params only; the UI words them (src/i18n, wordDifferencingIssue).
 */
export function checkDifferencing(
  dataset: Dataset,
  rules: DisclosureRules | PresetId,
  options: { previous?: Dataset } = {},
): Issue[] {
  const { groupMin } = normaliseRules(rules);
  const issues: Issue[] = [];
  const warn = (code: DifferencingCode, params: IssueParams, column: string) => issues.push(warning(code, params, column));
  const yearDim = dataset.dimensions.find((d) => YEAR.test(d));
  const others = dataset.dimensions.filter((d) => d !== yearDim);
  const years = yearDim === undefined ? [undefined] : labelsOf(dataset, yearDim);
  for (const dim of others) {
    for (const label of labelsOf(dataset, dim)) {
      if (EXCEPT.test(label) && WHOLE.test(label)) {
        warn('complement-group', { label }, dim);
      }
    }
    for (const year of years) {
      const inYear = dataset.groups.filter((g) => yearDim === undefined || g.key[yearDim] === year);
      const whole = inYear.reduce((s, g) => s + g.total, 0);
      for (const label of labelsOf({ ...dataset, groups: inYear }, dim)) {
        const part = inYear.filter((g) => g.key[dim] === label).reduce((s, g) => s + g.total, 0);
        const gap = Math.round(whole - part);
        if (gap > 0 && gap < groupMin) {
          warn('small-complement', { label, gap, groupMin, ...(year === undefined ? {} : { year }) }, dim);
        }
      }
    }
    if (yearDim !== undefined) {
      for (let i = 1; i < years.length; i++) {
        const before = labelsOf({ ...dataset, groups: dataset.groups.filter((g) => g.key[yearDim] === years[i - 1]) }, dim);
        const after = labelsOf({ ...dataset, groups: dataset.groups.filter((g) => g.key[yearDim] === years[i]) }, dim);
        if (before.join('\u0001') !== after.join('\u0001')) {
          warn('grouping-changed', { dim, before: years[i - 1] ?? '', after: years[i] ?? '' }, dim);
        }
      }
    }
  }
  if (options.previous) issues.push(...compareWithPrevious(dataset, options.previous));
  return issues;
}

/**
 * The codes of the differencing warnings. 'small-complement' has a `year` when the dataset has a
 * year dimension; 'grouping-changed' names the years (`before`, `after`) within one dataset, only
 * the column (`dim`) against the previous dataset, and nothing when the columns themselves differ.
 */
export type DifferencingCode = 'complement-group' | 'small-complement' | 'grouping-changed';

function warning(code: DifferencingCode, params: IssueParams = {}, column?: string): Issue<DifferencingCode> {
  const issue: Issue<DifferencingCode> = { severity: 'warning', code };
  if (column !== undefined) issue.column = column;
  if (Object.keys(params).length > 0) issue.params = params;
  return issue;
}

function compareWithPrevious(dataset: Dataset, previous: Dataset): Issue[] {
  const same = (a: string[], b: string[]) => a.join('\u0001') === b.join('\u0001');
  if (!same([...dataset.dimensions].sort(), [...previous.dimensions].sort())) return [warning('grouping-changed')];
  return dataset.dimensions
    .filter((d) => !YEAR.test(d) && !same(labelsOf(dataset, d), labelsOf(previous, d)))
    .map((d) => warning('grouping-changed', { dim: d }, d));
}

function labelsOf(dataset: Dataset, dim: string): string[] {
  return [...new Set(dataset.groups.map((g) => g.key[dim] ?? ''))].sort();
}
