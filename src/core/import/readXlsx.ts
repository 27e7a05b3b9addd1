import readXlsxFile from 'read-excel-file/universal';

/** The sheets of a workbook as rows of text cells, ready for `importRows`. */
export interface Workbook {
  sheets: Array<{ name: string; rows: string[][] }>;
}

type CellValue = string | number | boolean | Date | null | undefined | object;

/**
 * Reads an .xlsx file's bytes with read-excel-file's universal entry (fflate and a pure-JS XML
 * parser: no DOM, so it runs in core, in a worker and in Node). Numbers become text with a
 * decimal point, so the importer's number sniffing sees '74.1'. Throws on bytes that are not
 * an .xlsx workbook; `readXlsxRows` turns that into an answer.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  return { sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) })) };
}

/** The rows of one sheet (by name or 0-based index; default the first), the sheet names, or 'not-xlsx'. */
export async function readXlsxRows(
  bytes: Uint8Array,
  sheet: string | number = 0,
): Promise<{ ok: true; sheetNames: string[]; sheet: string; rows: string[][] } | { ok: false; reason: 'not-xlsx' | 'no-such-sheet' }> {
  let workbook: Workbook;
  try {
    workbook = await readWorkbook(bytes);
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

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
