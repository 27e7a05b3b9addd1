import { codedIssue } from '../codedIssue';
import type { Issue, IssueParams } from '../types';

/**
 * Every code an issue about a benchmark file may carry (bundled tables, the manifest, CBS extracts
 * and templates the user imports). Core words nothing: src/i18n holds the sentences. The `what`
 * of 'not-an-object' is an id: 'table', 'row', 'manifest' or 'manifest-item' (the last two with `row`).
 */
export const BENCHMARK_FILE_ISSUE_CODES = [
  'not-an-object',
  'missing-field',
  'unknown-scheme',
  'key-not-a-dimension',
  'missing-category',
  'unknown-category',
  'share-out-of-range',
  'shares-not-summing',
  'bad-denominator',
  'duplicate-key',
  'unknown-format',
  'no-data',
  'no-origin',
  'metadata-only',
  'no-year',
  'mixed-schemes',
  'unmatched-codes',
  'incomplete-cells',
  'ignored-topics',
  'template-missing-column',
  'two-way-trend',
  'no-rows-left',
] as const;

export type BenchmarkFileIssueCode = (typeof BENCHMARK_FILE_ISSUE_CODES)[number];

/** An issue about a benchmark file: its code, where it is, and the values its sentence mentions. */
export function benchmarkFileIssue(
  code: BenchmarkFileIssueCode,
  params: IssueParams = {},
  at: { severity?: Issue['severity']; row?: number; column?: string } = {},
): Issue<BenchmarkFileIssueCode> {
  return codedIssue(code, at, params);
}
