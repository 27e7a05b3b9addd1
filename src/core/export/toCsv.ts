import { formatCsvCell } from './formatCsvCell';
import { guardFormulaText } from './guardFormulaText';
import { headerLabel } from './headerLabel';
import { quoteCsvField } from './quoteCsvField';
import type { CsvDialect, ExportTable } from './types';

const SEPARATOR: Record<CsvDialect, string> = { 'nl-excel': ';', machine: ',' };
/** Both dialects end every record, the last included, with CRLF as RFC 4180 and Excel expect. */
const LINE_END = '\r\n';

/**
 * Serialises a published table as CSV text (without the BOM: see toCsvBytes).
 * 'nl-excel': title, blank line, header, rows, blank line, one note per line; no `sep=;` line,
 * because with it Excel ignores the BOM and garbles ë. 'machine': header and rows only, so that
 * every record has the same fields; the notes belong next to the file, not in it.
 */
export function toCsv(table: ExportTable, dialect: CsvDialect): string {
  const separator = SEPARATOR[dialect];
  const record = (fields: string[]) => fields.map((field) => quoteCsvField(field, separator)).join(separator);
  const header = record(table.columns.map((column) => guardFormulaText(headerLabel(column, table.units))));
  const body = table.rows.map((row) =>
    record(table.columns.map((column) => formatCsvCell(row[column.id], column.kind, dialect))),
  );
  const lines =
    dialect === 'machine'
      ? [header, ...body]
      : [
          record([guardFormulaText(table.title)]),
          '',
          header,
          ...body,
          ...(table.notes.length > 0 ? ['', ...table.notes.map((note) => record([guardFormulaText(note)]))] : []),
        ];
  return lines.map((line) => line + LINE_END).join('');
}
