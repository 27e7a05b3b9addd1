import type { ImportResult } from '../types';
import { importRows } from './importRows';
import { makeIssue } from './messages';
import type { ImportEngineOptions } from './options';
import { readXlsxRows } from './readXlsx';

/**
 * Imports one sheet of an .xlsx workbook through the same pipeline as CSV. Also returns the
 * sheet names, so the screen can offer the others; nothing else of the workbook is kept.
 */
export async function importXlsx(
  bytes: Uint8Array,
  options: ImportEngineOptions & { sheet?: string | number } = {},
): Promise<{ result: ImportResult; sheetNames: string[]; sheet?: string }> {
  const locale = options.locale ?? 'nl';
  const read = await readXlsxRows(bytes, options.sheet ?? 0);
  if (!read.ok) {
    const code = read.reason === 'not-xlsx' ? 'not-a-table' : 'no-such-sheet';
    return { result: { ok: false, issues: [makeIssue(code, locale, {}, { sheet: String(options.sheet ?? '') })] }, sheetNames: [] };
  }
  const result = importRows(read.rows, options);
  if (result.ok && result.dataset.meta?.format) result.dataset.meta.format.encoding = 'xlsx';
  return { result, sheetNames: read.sheetNames, sheet: read.sheet };
}
