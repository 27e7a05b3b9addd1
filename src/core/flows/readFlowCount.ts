import { readNumber, type NumberFormat } from '../import/readNumber';
import { cellText, type SheetCell } from '../import/sheetCell';
import { flowIssue, type FlowAt, type FlowIssue } from './flowIssue';

/**
 * A flow count from one cell: a whole number of people, or the issue with it. Cells marked as
 * suppressed at the source ('.', 'x', '<5') are unknown: null, no count and no issue. A workbook's
 * number cell is read as stored; text goes through the file's number format.
 */
export function readFlowCount(cell: SheetCell | undefined, numbers: NumberFormat, at: FlowAt): number | null | FlowIssue {
  const raw = cellText(cell);
  const value = typeof cell === 'number' ? cell : typeof cell === 'object' ? 'invalid' : readNumber(raw, numbers);
  if (value === 'suppressed') return null;
  if (value === 'empty') return flowIssue('missing-count', at);
  if (value === 'invalid') return flowIssue('not-a-number', at, { value: raw });
  if (value < 0) return flowIssue('negative-count', at, { value: raw.trim() });
  if (!Number.isInteger(value)) return flowIssue('fractional-count', at, { value: raw.trim() });
  return value;
}

export const isFlowIssue = (x: number | null | FlowIssue): x is FlowIssue => x !== null && typeof x === 'object';
