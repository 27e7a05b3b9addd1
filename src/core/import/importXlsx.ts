import type { ImportResult, Issue } from '../types';
import { importRows } from './importRows';
import { makeIssue } from './makeIssue';
import type { ImportEngineOptions } from './options';
import { readWorkbook, type Workbook } from './readXlsx';
import type { SheetCell } from './sheetCell';

/** The sheet an import read, with its rows for the preview. */
export interface SheetImport {
  result: ImportResult;
  sheetNames: string[];
  sheet?: string;
  rows: SheetCell[][];
}

// A sheet that says only this holds no table: the next sheet is tried.
const NOT_A_TABLE = new Set(['empty-file', 'no-origin-columns', 'header-only']);

/**
 * Imports a workbook's table through the same pipeline as CSV. Every sheet is considered: the
 * requested one, else the first whose table imports, else the first that has a table at all (so
 * its problems are shown); a notes tab before the figures is passed over. Every issue names its
 * sheet. Nothing of the workbook is kept.
 */
export function importWorkbook(workbook: Workbook, options: ImportEngineOptions & { sheet?: string | number } = {}): SheetImport {
  const sheetNames = workbook.sheets.map((s) => s.name);
  const requested = options.sheet;
  if (requested !== undefined) {
    const chosen = typeof requested === 'number' ? workbook.sheets[requested] : workbook.sheets.find((s) => s.name === requested);
    if (!chosen) return { result: { ok: false, issues: [makeIssue('no-such-sheet', {}, { sheet: String(requested) })] }, sheetNames, rows: [] };
    return { ...readSheet(chosen, options), sheetNames, sheet: chosen.name, rows: chosen.rows };
  }
  const tries = workbook.sheets.map((s) => ({ sheet: s, ...readSheet(s, options) }));
  const hasTable = (x: (typeof tries)[number]) => !x.result.issues.every((i) => NOT_A_TABLE.has(i.code));
  const pick = tries.find((x) => x.result.ok) ?? tries.find(hasTable) ?? tries[0];
  if (!pick) return { result: { ok: false, issues: [makeIssue('empty-file')] }, sheetNames, rows: [] };
  const none = tries.length > 1 && !hasTable(pick) && !pick.result.ok;
  const result: ImportResult = none
    ? { ok: false, issues: [makeIssue('no-table-in-workbook', {}, { sheets: sheetNames.map((x) => `"${x}"`).join(', ') })] }
    : pick.result;
  return { result, sheetNames, sheet: pick.sheet.name, rows: pick.sheet.rows };
}

function readSheet(sheet: Workbook['sheets'][number], options: ImportEngineOptions): { result: ImportResult } {
  const result = importRows(sheet.rows, options);
  const named = (i: Issue): Issue => ({ ...i, sheet: sheet.name });
  if (result.ok) {
    if (result.dataset.meta?.format) result.dataset.meta.format.encoding = 'xlsx';
    result.dataset.meta = { ...result.dataset.meta, sheet: sheet.name };
    return { result: { ...result, issues: result.issues.map(named) } };
  }
  return { result: { ok: false, issues: result.issues.map(named) } };
}

/** `importWorkbook` on an .xlsx file's bytes; bytes that are no workbook are 'not-a-table'. */
export async function importXlsx(
  bytes: Uint8Array,
  options: ImportEngineOptions & { sheet?: string | number } = {},
): Promise<{ result: ImportResult; sheetNames: string[]; sheet?: string }> {
  let workbook: Workbook;
  try {
    workbook = readWorkbook(bytes);
  } catch {
    return { result: { ok: false, issues: [makeIssue('not-a-table')] }, sheetNames: [] };
  }
  const { result, sheetNames, sheet } = importWorkbook(workbook, options);
  return sheet === undefined ? { result, sheetNames } : { result, sheetNames, sheet };
}
