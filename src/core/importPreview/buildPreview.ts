import type { ImportOptions, ImportResult } from '../types';
import { SAMPLE_ROWS } from '../import/importRows';
import { locateHeader } from '../import/findHeader';
import { planImport } from '../import/planImport';
import { cellText, type SheetCell } from '../import/sheetCell';
import { describeColumns } from './describeColumns';
import type { DetectedSummary, ImportPreview, PreviewRow } from './types';

/** How many rows (header included) the preview grid shows. */
export const PREVIEW_ROWS = 50;

/** How many leading records the preview needs: the grid, and the engine's sample after the header. */
export const HEAD_RECORDS = PREVIEW_ROWS + SAMPLE_ROWS + 50;

/**
 * The preview of an input from its first records (record i is spreadsheet row i + 1): the
 * grid rows, the header, each column's role, and what was detected. The number format and
 * shape come from the engine's own plan, so the screen shows what the import used; the
 * dataset's format, when the import succeeded, has the last word.
 */
export function buildPreview(
  head: SheetCell[][],
  options: ImportOptions,
  base: DetectedSummary,
  fallbackDecimal: ',' | '.',
  result?: ImportResult,
): ImportPreview {
  const rows: PreviewRow[] = head.slice(0, PREVIEW_ROWS).map((cells, i) => ({ row: i + 1, cells: cells.map(cellText) }));
  const found = locateHeader(head, options.mapping);
  const detected: DetectedSummary = { ...base };
  if (!found) return { detected, headerRow: 1, header: [], rows, issueRows: [], columns: [] };
  const { index: headerIndex, header } = found;
  const sample = head.slice(headerIndex + 1, headerIndex + 1 + SAMPLE_ROWS);
  const context = { headerRow: headerIndex + 1, pivot: found.pivot, ...(found.groupHeader ? { groupHeader: found.groupHeader } : {}) };
  const planned = planImport(header, sample, options, options.decimal ?? fallbackDecimal, context);
  if (planned.ok) {
    detected.shape = planned.plan.shape;
    detected.decimal = planned.plan.numbers.decimal;
    detected.thousands = planned.plan.numbers.thousands;
  }
  const scheme = result?.ok ? result.dataset.scheme : options.scheme;
  if (scheme) detected.scheme = scheme;
  const format = result?.ok ? result.dataset.meta?.format : undefined;
  if (format) {
    detected.shape = format.shape;
    detected.decimal = format.decimal;
    detected.thousands = format.thousands ?? '';
  }
  return {
    detected,
    headerRow: headerIndex + 1,
    header,
    rows,
    issueRows: [],
    columns: describeColumns(header, options.mapping, scheme),
  };
}

/** A spreadsheet's column letter for a 0-based index: 0 -> 'A', 25 -> 'Z', 26 -> 'AA'. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
