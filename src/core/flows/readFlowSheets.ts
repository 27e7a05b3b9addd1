import { decodeBytes } from '../import/decodeBytes';
import { looksLikeXlsx, readWorkbook } from '../import/readXlsx';
import type { SheetCell } from '../import/sheetCell';
import { newlineOf, sniffDelimiter, sniffLineEnding } from '../import/sniffDialect';
import { streamRows } from '../import/streamRows';
import { flowIssue, type FlowIssue } from './flowIssue';

/** One table to read: a CSV file's rows, or one sheet of a workbook. */
export interface FlowSheet {
  /** The workbook sheet's name; undefined for CSV. */
  name?: string;
  rows: SheetCell[][];
  /** The decimal separator when the cells do not show it: ',' beside ';' (Dutch Excel), else '.'. */
  fallbackDecimal: ',' | '.';
}

/**
 * Turns a flow file (CSV text or bytes, or .xlsx bytes) into rows of cells with the stock
 * import's readers: the same encodings, BOM, dialect sniffing and workbook cells. Flow files are
 * small (a row per period, group, flow and origin), so all rows are kept.
 */
export function readFlowSheets(input: Uint8Array | string): { sheets: FlowSheet[] } | { issue: FlowIssue } {
  let text: string;
  if (typeof input === 'string') text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else if (looksLikeXlsx(input)) {
    try {
      const workbook = readWorkbook(input);
      return { sheets: workbook.sheets.map((s) => ({ name: s.name, rows: s.rows, fallbackDecimal: ',' })) };
    } catch {
      return { issue: flowIssue('not-a-table') };
    }
  } else {
    const decoded = decodeBytes(input);
    if ('binary' in decoded) return { issue: flowIssue('not-a-table') };
    text = decoded.text;
  }
  if (text.trim() === '') return { issue: flowIssue('empty-file') };
  const head = text.slice(0, 65536);
  const delimiter = sniffDelimiter(head);
  const rows: SheetCell[][] = [];
  streamRows(text, { delimiter, newline: newlineOf(sniffLineEnding(head)) }, (row) => rows.push(row));
  return { sheets: [{ rows, fallbackDecimal: delimiter === ',' ? '.' : ',' }] };
}
