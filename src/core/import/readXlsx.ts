import { strFromU8, unzipSync } from 'fflate';
import type { SheetCell } from './sheetCell';
import { attributes, cellStyles, itemText, sharedStrings, unescapeXml, type CellStyle } from './xlsxXml';

/** The sheets of a workbook, in the workbook's order, as rows of cells numbered as Excel numbers them. */
export interface Workbook {
  sheets: Array<{ name: string; rows: SheetCell[][] }>;
}

/**
 * Reads an .xlsx file's bytes (fflate for the zip, the parts' fixed XML read directly: no DOM,
 * so it runs in core, a worker and Node). A number cell stays a number and a percent-formatted
 * one becomes its percentage, so the importer never guesses a stored number's locale; row i of
 * a sheet is spreadsheet row i + 1, blank rows and columns kept. Throws on bytes that are not
 * an .xlsx workbook; `readXlsxRows` turns that into an answer.
 */
export function readWorkbook(bytes: Uint8Array): Workbook {
  const files = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') });
  const text = (name: string) => (files[name] ? strFromU8(files[name]!) : undefined);
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new Error('no xl/workbook.xml');
  const targets = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  const styles = cellStyles(text('xl/styles.xml'));
  const date1904 = /date1904\s*=\s*["'](?:1|true)["']/.test(workbook);
  const sheets: Workbook['sheets'] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    const path = a.id ? targets.get(a.id) : undefined;
    const xml = path ? text(path) : undefined;
    sheets.push({ name: a.name ?? '', rows: xml ? sheetRows(xml, strings, styles, date1904) : [] });
  }
  return { sheets };
}

/** A column's 0-based index from a cell reference such as 'AB12'. */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function sheetRows(xml: string, strings: string[], styles: CellStyle[], date1904: boolean): SheetCell[][] {
  const rows: SheetCell[][] = [];
  let rowIndex = -1;
  for (const r of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const at = attributes(r[1]!).r;
    rowIndex = at ? Number(at) - 1 : rowIndex + 1;
    const row: SheetCell[] = [];
    let col = -1;
    for (const c of (r[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const a = attributes(c[1]!);
      col = a.r ? columnIndex(a.r) : col + 1;
      const value = cellValue(a.t ?? 'n', c[2] ?? '', styles[Number(a.s ?? 0)] ?? 'number', strings, date1904);
      if (value === '') continue;
      while (row.length < col) row.push('');
      row[col] = value;
    }
    while (rows.length < rowIndex) rows.push([]);
    rows[rowIndex] = row;
  }
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  for (const row of rows) while (row.length < width) row.push('');
  return rows;
}

function cellValue(type: string, inner: string, style: CellStyle, strings: string[], date1904: boolean): SheetCell {
  const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  if (type === 'inlineStr') return itemText(inner);
  if (v === undefined) return '';
  if (type === 's') return strings[Number(v)] ?? '';
  if (type === 'str' || type === 'e') return unescapeXml(v);
  if (type === 'b') return v === '1' ? 'TRUE' : 'FALSE';
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) return unescapeXml(v);
  // 0.29 * 100 is 28.999999999999996 in binary: twelve digits are more than any sheet shows
  if (style === 'percent') return { percent: Number((n * 100).toPrecision(12)) };
  if (style === 'date') return excelDate(n, date1904);
  return n;
}

/** An Excel serial date as yyyy-mm-dd (1900 system: day 1 is 1900-01-01, with its phantom leap day). */
function excelDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** The rows of one sheet (by name or 0-based index; default the first), the sheet names, or why not. */
export function readXlsxRows(
  bytes: Uint8Array,
  sheet: string | number = 0,
): { ok: true; sheetNames: string[]; sheet: string; rows: SheetCell[][] } | { ok: false; reason: 'not-xlsx' | 'no-such-sheet' } {
  let workbook: Workbook;
  try {
    workbook = readWorkbook(bytes);
  } catch {
    return { ok: false, reason: 'not-xlsx' };
  }
  const sheetNames = workbook.sheets.map((s) => s.name);
  const chosen = typeof sheet === 'number' ? workbook.sheets[sheet] : workbook.sheets.find((s) => s.name === sheet);
  if (!chosen) return { ok: false, reason: 'no-such-sheet' };
  return { ok: true, sheetNames, sheet: chosen.name, rows: chosen.rows };
}

/** True when the bytes start like a zip archive, as every .xlsx file does. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
