import type { FlowFinding } from './types';

/** Codes of what the flow import can say about a file; each has 'flows.' + code in the catalogue. */
export type FlowIssueCode =
  | 'empty-file'
  | 'not-a-table'
  | 'person-identifying-column'
  | 'person-level'
  | 'missing-origin-column'
  | 'missing-count-column'
  | 'missing-flow-column'
  | 'unknown-flow-kind'
  | 'missing-stage'
  | 'unknown-category'
  | 'mixed-schemes'
  | 'not-a-number'
  | 'missing-count'
  | 'negative-count'
  | 'fractional-count'
  | 'funnel-exceeds-previous'
  | 'stock-flow-mismatch';

/**
 * A finding of the flow import, located as the stock import locates its issues: `row` is the
 * 1-based spreadsheet row, `column` the header as written, `sheet` the workbook sheet (XLSX).
 * Code + params only: the sentence is the UI's (src/i18n/messages/flows.ts).
 */
export interface FlowIssue extends FlowFinding<FlowIssueCode, Record<string, string | number>> {
  row?: number;
  column?: string;
  sheet?: string;
}

/** Where in the file a finding belongs. */
export interface FlowAt {
  row?: number;
  column?: string;
}

export function flowIssue(code: FlowIssueCode, at: FlowAt = {}, params: Record<string, string | number> = {}): FlowIssue {
  const issue: FlowIssue = { severity: 'error', code, params };
  if (at.row !== undefined) issue.row = at.row;
  if (at.column !== undefined) issue.column = at.column;
  return issue;
}
