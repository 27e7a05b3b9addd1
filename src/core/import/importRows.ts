import type { DetectedFormat, ImportResult } from '../types';
import { makeIssue } from './makeIssue';
import { createAccumulator } from './accumulateRows';
import type { Accumulator } from './accumulator';
import { valueColumns } from './tableEdges';
import { finishImport } from './finishImport';
import { cleanHeader, isBlankRow, locateHeader } from './findHeader';
import { planImport, type Plan } from './planImport';
import type { ImportEngineOptions } from './options';
import { cellText, type SheetCell } from './sheetCell';

/** How many rows after the header decide the number format and spot numeric columns. */
export const SAMPLE_ROWS = 200;

export { cleanHeader, isBlankRow };

/** The part of the dialect that the rows themselves do not carry. */
export interface RowSource {
  encoding: string;
  delimiter: string;
  lineEnding?: DetectedFormat['lineEnding'];
  fallbackDecimal: ',' | '.';
}

/**
 * Plans the import from the header (found below any titles) and a sample, and returns an
 * accumulator to push every later row into, or the result when the header alone decides it.
 */
export function startImport(
  head: SheetCell[][],
  options: ImportEngineOptions,
  source: RowSource,
): { headerIndex: number; acc: Accumulator; format: DetectedFormat } | { result: ImportResult } {
  const found = locateHeader(head, options.mapping);
  if (!found) return { result: { ok: false, issues: [makeIssue('empty-file')] } };
  const { index: headerIndex, header } = found;
  const sample = head.slice(headerIndex + 1, headerIndex + 1 + SAMPLE_ROWS);
  const context = { headerRow: headerIndex + 1, pivot: found.pivot, ...(found.groupHeader ? { groupHeader: found.groupHeader } : {}) };
  const planned = planImport(header, sample, options, options.decimal ?? source.fallbackDecimal, context);
  if (!planned.ok) return { result: { ok: false, issues: planned.issues } };
  const format = describeFormat(planned.plan, source);
  return { headerIndex, acc: createAccumulator(planned.plan), format };
}

function describeFormat(plan: Plan, source: RowSource): DetectedFormat {
  const format: DetectedFormat = {
    encoding: source.encoding,
    delimiter: source.delimiter,
    decimal: plan.numbers.decimal,
    shape: plan.shape,
  };
  if (plan.numbers.thousands) format.thousands = plan.numbers.thousands;
  if (source.lineEnding) format.lineEnding = source.lineEnding;
  return format;
}

/**
 * The import pipeline on cells already split into rows (XLSX, clipboard, the hand-entry
 * form): the header is found as in a text file; row numbers are spreadsheet rows.
 */
export function importRows(rows: SheetCell[][], options: ImportEngineOptions = {}): ImportResult {
  const started = startImport(rows, options, {
    encoding: 'utf-8',
    delimiter: options.delimiter ?? '\t',
    fallbackDecimal: '.',
  });
  if ('result' in started) return started.result;
  const values = valueColumns(started.acc.plan);
  // labels are text; a value the sheet stores as a number stays one
  const textual = (row: SheetCell[]) => row.map((c, i) => (values.has(i) ? c : cellText(c)));
  for (let i = started.headerIndex + 1; i < rows.length; i++) started.acc.push(textual(rows[i]!), i + 1);
  return finishImport(started.acc, started.format, options);
}
