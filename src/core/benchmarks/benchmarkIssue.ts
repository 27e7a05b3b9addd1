import { codedIssue } from '../codedIssue';
import type { Issue, IssueParams } from '../types';

/**
 * Every code of the look-up and the composite benchmark. Core words nothing: src/i18n holds the
 * sentences. 'cell-fallback' carries no params here: the cells are the match's own `requested`
 * and `used`, which the view attaches as codes (fallbackNotes) and src/i18n names.
 */
export const BENCHMARK_ISSUE_CODES = [
  'no-benchmark-tables',
  'scheme-unavailable',
  'nearest-year',
  'cell-fallback',
  'composite-empty',
  'composite-bad-headcount',
] as const;

export type BenchmarkIssueCode = (typeof BENCHMARK_ISSUE_CODES)[number];

/** An issue of the look-up or the composite: its code, where it is, the values its sentence mentions. */
export function benchmarkIssue(
  code: BenchmarkIssueCode,
  params: IssueParams = {},
  at: { severity?: Issue['severity']; row?: number; column?: string } = {},
): Issue<BenchmarkIssueCode> {
  return codedIssue(code, at, params);
}
