import { cellText, type SheetCell } from '../import/sheetCell';
import type { FlowColumns } from './flowColumns';
import { flowIssue, type FlowIssue } from './flowIssue';

/**
 * What makes a flow file unreadable before a single count is read, all at the header row.
 * Per-person files are refused as the stock import refuses them: a column that identifies people
 * ('person-identifying-column'), or an origin column without counts whose rows repeat, one per
 * person ('person-level'). Without repeats the count column is simply missing.
 */
export function checkFlowHeader(columns: FlowColumns, header: readonly string[], body: SheetCell[][], headerRow: number): FlowIssue[] {
  const at = (index: number | undefined) => ({ row: headerRow, column: index === undefined ? undefined : header[index] });
  const issues = columns.persons.map((i) => flowIssue('person-identifying-column', at(i)));
  if (columns.kind === undefined && columns.stage === undefined) issues.push(flowIssue('missing-flow-column', at(undefined)));
  if (columns.origin === undefined && columns.categories.length === 0) issues.push(flowIssue('missing-origin-column', at(undefined)));
  if (columns.origin !== undefined && columns.count === undefined && columns.categories.length === 0) {
    issues.push(flowIssue(rowsRepeat(body) ? 'person-level' : 'missing-count-column', at(columns.origin)));
  }
  return issues;
}

/** True when two rows are the same: without a count, each stands for one person. */
function rowsRepeat(body: SheetCell[][]): boolean {
  const seen = new Set<string>();
  for (const row of body) {
    const key = row.map(cellText).join('\u0000');
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
