import type { DetectedFormat, ImportResult } from '../types';
import { makeIssue } from './messages';
import { createAccumulator, valueColumns, type Accumulator } from './accumulateRows';
import { finishImport } from './finishImport';
import { mapColumns } from './mapColumns';
import { planImport, type Plan } from './planImport';
import type { ImportEngineOptions } from './options';
import { cellText, isBlankCell, type SheetCell } from './sheetCell';

/** How many rows after the header decide the number format and spot numeric columns. */
export const SAMPLE_ROWS = 200;

/** The header row: trimmed cells without the blank columns at its end. */
export function cleanHeader(row: readonly SheetCell[]): string[] {
  const header = row.map((c) => cellText(c).trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  return header;
}

export function isBlankRow(row: readonly SheetCell[]): boolean {
  return row.every(isBlankCell);
}

// How far down a header may sit below titles and notes (CBS and HR exports put a few there).
const HEADER_SEARCH_ROWS = 10;

/**
 * The header row: the first of the first non-blank rows that names an origin, a category or a
 * person (so a refusal still sees it); else the first non-blank row. -1 when all are blank.
 */
function findHeader(head: SheetCell[][], options: ImportEngineOptions): number {
  const candidates: number[] = [];
  for (let i = 0; i < head.length && candidates.length < HEADER_SEARCH_ROWS; i++) if (!isBlankRow(head[i]!)) candidates.push(i);
  const named = candidates.find((i) =>
    mapColumns(cleanHeader(head[i]!), options.mapping).some((c) => c.kind === 'origin' || c.kind === 'category' || c.kind === 'person'),
  );
  return named ?? candidates[0] ?? -1;
}

/** The part of the dialect that the rows themselves do not carry. */
export interface RowSource {
  encoding: string;
  delimiter: string;
  lineEnding?: DetectedFormat['lineEnding'];
  fallbackDecimal: ',' | '.';
}

/**
 * Plans the import from the header (the first non-blank row) and a sample, and returns an
 * accumulator to push every later row into, or the result when the header alone decides it.
 */
export function startImport(
  head: SheetCell[][],
  options: ImportEngineOptions,
  source: RowSource,
): { headerIndex: number; acc: Accumulator; format: DetectedFormat } | { result: ImportResult } {
  const locale = options.locale ?? 'nl';
  const headerIndex = findHeader(head, options);
  if (headerIndex < 0) return { result: { ok: false, issues: [makeIssue('empty-file', locale)] } };
  const header = cleanHeader(head[headerIndex]!);
  const sample = head.slice(headerIndex + 1, headerIndex + 1 + SAMPLE_ROWS);
  const planned = planImport(header, sample, options, options.decimal ?? source.fallbackDecimal);
  if (!planned.ok) return { result: { ok: false, issues: planned.issues } };
  const format = describeFormat(planned.plan, source);
  return { headerIndex, acc: createAccumulator(planned.plan, locale), format };
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
 * form): the first non-blank row is the header; row numbers are spreadsheet rows.
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
