import { codedIssue } from '../codedIssue';
import type { Issue, IssueParams } from '../types';

/**
 * Every code an import or validation issue may carry. Core words nothing: src/i18n holds a Dutch
 * and an English sentence per code (its test walks this list), filled from the issue's params.
 */
export const IMPORT_ISSUE_CODES = [
  'empty-file',
  'header-only',
  'not-a-table',
  'no-origin-columns',
  'person-identifying-column',
  'person-level',
  'flows-file',
  'not-a-number',
  'negative-count',
  'fractional-count',
  'missing-count',
  'ambiguous-number',
  'ragged-row',
  'duplicate-row',
  'unknown-category',
  'mixed-schemes',
  'percentages-sum',
  'invalid-percentage',
  'missing-headcount',
  'total-mismatch',
  'duplicate-column',
  'detail-exceeds-main',
  'all-zero',
  'pivot-blank-zero',
  'unknown-origin',
  'no-groups',
  'no-such-sheet',
  'no-table-in-workbook',
  'cancelled',
] as const;

/** A misspelt code fails the type check. */
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/** Builds an issue: its code, where it is, and the values its sentence mentions. */
export function makeIssue(
  code: ImportIssueCode,
  at: { row?: number; column?: string; severity?: Issue['severity'] } = {},
  params: IssueParams = {},
): Issue<ImportIssueCode> {
  return codedIssue(code, at, params);
}
