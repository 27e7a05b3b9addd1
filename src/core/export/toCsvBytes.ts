import { toCsv } from './toCsv';
import type { CsvDialect, ExportTable } from './types';

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The CSV file's bytes: UTF-8, with a byte-order mark for 'nl-excel' (without it Excel reads the
 * file as Windows-1252 and shows 'Ã«' for 'ë') and without one for 'machine'.
 */
export function toCsvBytes(table: ExportTable, dialect: CsvDialect): Uint8Array {
  const text = new TextEncoder().encode(toCsv(table, dialect));
  if (dialect === 'machine') return text;
  const bytes = new Uint8Array(BOM.length + text.length);
  bytes.set(BOM, 0);
  bytes.set(text, BOM.length);
  return bytes;
}
