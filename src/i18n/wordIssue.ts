import type { BenchmarkFileIssueCode } from '../core/benchmarks/benchmarkFileIssue';
import type { BenchmarkIssueCode } from '../core/benchmarks/benchmarkIssue';
import type { ImportIssueCode } from '../core/import/makeIssue';
import type { DifferencingCode } from '../core/privacy/checkDifferencing';
import type { Issue, IssueParams } from '../core/types';
import type { MessageKey } from './catalogue';

type Translate = (key: MessageKey, params?: IssueParams) => string;

/** The values a sentence may mention: the issue's row and column, then its own params. */
function paramsOf(issue: Issue): IssueParams {
  const params: IssueParams = {};
  if (issue.row !== undefined) params.row = issue.row;
  if (issue.column !== undefined) params.column = issue.column;
  return Object.assign(params, issue.params);
}

/**
 * The sentence of an import issue in the current language: its code's message filled with its
 * params, row and column, after "Werkblad …: " when it names a sheet. Scheme ids in `scheme` and
 * `other` are worded as the schemes' names. The template literal types make a code without a
 * message a type error.
 */
export function wordImportIssue(t: Translate, issue: Issue): string {
  const params = paramsOf(issue);
  for (const name of ['scheme', 'other']) {
    const id = params[name];
    if (id === 'herkomst' || id === 'migratieachtergrond') params[name] = t(`importIssue.scheme.${id}`);
  }
  const sentence = t(`importIssue.${issue.code as ImportIssueCode}`, params);
  return issue.sheet === undefined ? sentence : t('importIssue.sheet', { sheet: issue.sheet }) + sentence;
}

/** The sentence of an issue about a benchmark file; `what` (of 'not-an-object') is an id. */
export function wordBenchmarkFileIssue(t: Translate, issue: Issue): string {
  const params = paramsOf(issue);
  const what = params.what;
  if (what === 'table' || what === 'row' || what === 'manifest' || what === 'manifest-item') params.what = t(`benchmarkFileIssue.what.${what}`, params);
  const code = issue.code as BenchmarkFileIssueCode;
  return t(code === 'no-origin' && !params.columns ? 'benchmarkFileIssue.no-origin.none' : `benchmarkFileIssue.${code}`, params);
}

/**
 * The sentence of a look-up or composite issue (a benchmark's note, a refused composite), after
 * "2: " when it belongs to a composite's part.
 */
export function wordBenchmarkIssue(t: Translate, issue: Issue): string {
  const params = paramsOf(issue);
  const sentence = t(`benchmarkIssue.${issue.code as BenchmarkIssueCode}`, params);
  return params.part === undefined ? sentence : t('benchmarkIssue.part', { part: params.part }) + sentence;
}

/** The sentence of a differencing warning; the params say which of a code's sentences is meant. */
export function wordDifferencingIssue(t: Translate, issue: Issue): string {
  const params = paramsOf(issue);
  const code = issue.code as DifferencingCode;
  if (code === 'small-complement' && params.year !== undefined) return t('differencing.small-complement.year', params);
  if (code === 'grouping-changed' && params.before !== undefined) return t('differencing.grouping-changed.years', params);
  if (code === 'grouping-changed' && params.dim !== undefined) return t('differencing.grouping-changed.previous', params);
  return t(`differencing.${code}`, params);
}
