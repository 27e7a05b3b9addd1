import type { ImportResult } from '../types';
import { decodeBytes } from '../import/decodeBytes';
import { importTableAsync } from '../import/importTable';
import { importRows } from '../import/importRows';
import { makeIssue } from '../import/makeIssue';
import type { ImportEngineOptions } from '../import/options';
import { importWorkbook } from '../import/importXlsx';
import { looksLikeXlsx, readWorkbook, type Workbook } from '../import/readXlsx';
import { cellText, type SheetCell } from '../import/sheetCell';
import { newlineOf, sniffDelimiter, sniffLineEnding } from '../import/sniffDialect';
import { parseHead, type Dialect } from '../import/streamRows';
import { buildPreview, HEAD_RECORDS, PREVIEW_ROWS } from './buildPreview';
import { collectRows, rowsToFetch } from './collectRows';
import { isPersonRefusal } from './isPersonRefusal';
import type { DetectedSummary, ImportOutcome, ImportSource, PreviewRow } from './types';

/** How many rows past the preview the issue list may point at and still show in the grid. */
export const MAX_ISSUE_ROWS = 100;

/**
 * Imports any source (file bytes, pasted text, typed rows; xlsx by its zip signature) and
 * builds the preview the screens show. The text is decoded once here and handed to the
 * engine as text, so the detected encoding is put back into the dataset's format.
 */
export async function runImport(source: ImportSource, options: ImportEngineOptions = {}): Promise<ImportOutcome> {
  return withoutPersons(await dispatch(source, options));
}

/**
 * A file refused for holding data per person shows its header only: origin per person is
 * special-category data, and nothing of it need reach the screen to explain the refusal.
 */
function withoutPersons(outcome: ImportOutcome): ImportOutcome {
  if (!isPersonRefusal(outcome.result.issues)) return outcome;
  const { preview } = outcome;
  return { ...outcome, preview: { ...preview, rows: preview.rows.filter((r) => r.row === preview.headerRow), issueRows: [] } };
}

async function dispatch(source: ImportSource, options: ImportEngineOptions): Promise<ImportOutcome> {
  if (source.kind === 'rows') return fromRows(source.rows, options, { source: 'rows' });
  if (source.kind === 'text') {
    const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
    return fromText(text, options, { source: 'text' });
  }
  const { bytes } = source;
  if (looksLikeXlsx(bytes)) {
    let workbook: Workbook;
    try {
      workbook = readWorkbook(bytes);
    } catch {
      const result: ImportResult = { ok: false, issues: [makeIssue('not-a-table')] };
      return { result, preview: { detected: { source: 'xlsx' }, headerRow: 1, header: [], rows: [], issueRows: [], columns: [] } };
    }
    const read = importWorkbook(workbook, source.sheet === undefined ? options : { ...options, sheet: source.sheet });
    const outcome = previewRows(read.rows, read.result, options, { source: 'xlsx' });
    return { ...outcome, preview: { ...outcome.preview, sheets: read.sheetNames, ...(read.sheet ? { sheet: read.sheet } : {}) } };
  }
  const decoded = decodeBytes(bytes, options.encoding);
  if ('binary' in decoded) {
    const result = await importTableAsync(bytes, options);
    return { result, preview: { detected: { source: 'bytes' }, headerRow: 1, header: [], rows: [], issueRows: [], columns: [] } };
  }
  return fromText(decoded.text, options, { source: 'bytes', encoding: decoded.encoding });
}

async function fromText(text: string, options: ImportEngineOptions, base: DetectedSummary): Promise<ImportOutcome> {
  const head = text.slice(0, 65536);
  const lineEnding = sniffLineEnding(head);
  const dialect: Dialect = { delimiter: options.delimiter ?? sniffDelimiter(head), newline: newlineOf(lineEnding) };
  const result = await importTableAsync(text, options);
  if (result.ok && base.encoding && result.dataset.meta?.format) {
    result.dataset.meta.format = { ...result.dataset.meta.format, encoding: base.encoding };
  }
  const detected: DetectedSummary = { ...base, delimiter: dialect.delimiter, lineEnding };
  const records = text.trim() === '' ? [] : parseHead(text, dialect, HEAD_RECORDS);
  const preview = buildPreview(records, options, detected, dialect.delimiter === ',' ? '.' : ',', result);
  const wanted = rowsToFetch(result.issues, Math.min(records.length, PREVIEW_ROWS), MAX_ISSUE_ROWS);
  preview.issueRows = collectRows(text, dialect, wanted);
  return { result, preview };
}

function fromRows(rows: SheetCell[][], options: ImportEngineOptions, base: DetectedSummary): ImportOutcome {
  return previewRows(rows, importRows(rows, options), options, base);
}

function previewRows(rows: SheetCell[][], result: ImportResult, options: ImportEngineOptions, base: DetectedSummary): ImportOutcome {
  const preview = buildPreview(rows.slice(0, HEAD_RECORDS), options, base, '.', result);
  const wanted = rowsToFetch(result.issues, Math.min(rows.length, PREVIEW_ROWS), MAX_ISSUE_ROWS);
  preview.issueRows = wanted.filter((r) => rows[r - 1]).map((r): PreviewRow => ({ row: r, cells: rows[r - 1]!.map(cellText) }));
  return { result, preview };
}
