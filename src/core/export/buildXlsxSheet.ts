import type { Cell, Row, SheetData } from 'write-excel-file/universal';
import { formatSuppressed } from '../format/formatSuppressed';
import { guardFormulaText } from './guardFormulaText';
import { headerLabel } from './headerLabel';
import { sanitiseSheetName } from './sanitiseSheetName';
import type { ExportColumn, ExportTable, ExportValue } from './types';

/**
 * Excel number formats (locale-neutral codes: Dutch Excel shows 12,5% for '0.0%').
 * Shares stay fractions so nothing is lost; the format shows them as percentages.
 */
const NUMBER_FORMAT: Record<Exclude<ExportColumn['kind'], 'text'>, string> = {
  count: '#,##0',
  share: '0.0%',
  pp: '+0.0;-0.0;0.0',
  index: '0.00',
};

export interface XlsxSheet {
  /** Worksheet name derived from the title. */
  name: string;
  /** Rows of typed cells for write-excel-file: title, blank, header, rows, blank, notes. */
  data: SheetData;
  /** Column widths in characters. */
  columns: Array<{ width: number }>;
}

function textCell(text: string, bold = false): Cell {
  return { type: String, value: guardFormulaText(text), ...(bold ? { fontWeight: 'bold' as const } : {}) };
}

function valueCell(value: ExportValue | undefined, column: ExportColumn): Cell {
  if (value === undefined) return null;
  if (value === null) return { type: String, value: formatSuppressed(), align: 'right' };
  if (typeof value === 'string') return textCell(value);
  if (column.kind === 'text') return { type: Number, value };
  return { type: Number, value, format: NUMBER_FORMAT[column.kind] };
}

/**
 * The worksheet as data: every number a number cell (a gap of −3.2 stays numeric), every text
 * guarded against formula injection, every suppressed value the text '.'. Pure, so it is tested
 * without writing a file; toXlsx does the writing.
 */
export function buildXlsxSheet(table: ExportTable): XlsxSheet {
  const headers = table.columns.map((column) => headerLabel(column, table.units));
  const data: Row[] = [
    [textCell(table.title, true)],
    [null],
    headers.map((header) => textCell(header, true)),
    ...table.rows.map((row) => table.columns.map((column) => valueCell(row[column.id], column))),
    ...(table.notes.length > 0 ? [[null], ...table.notes.map((note) => [textCell(note)])] : []),
  ];
  return {
    name: sanitiseSheetName(table.title, 'Barometer'),
    data,
    columns: headers.map((header) => ({ width: Math.min(60, Math.max(10, header.length + 2)) })),
  };
}
