import type { ColumnRole } from '../types';
import { mapColumns } from './mapColumns';
import { cellText, isBlankCell, type SheetCell } from './sheetCell';

/** Where the table starts, and what the rows above it say about it. */
export interface HeaderAt {
  /** 0-based index of the header row in the rows given. */
  index: number;
  /** The header's cells, trimmed, blank ones taken from a group header row above where it has them. */
  header: string[];
  /** The group header row's labels over each column (carried right over blank cells), when there is one. */
  groupHeader?: string[];
  /** An Excel pivot table: its labels ('Rijlabels', 'Aantal van …') are above or in the header. */
  pivot: boolean;
}

// How far down a header may sit below titles, notes and a pivot table's filter lines.
const SEARCH_ROWS = 15;
const PIVOT = /^(?:(?:aantal|som|gemiddelde|count|sum|average) (?:van|of)\b|rijlabels$|row labels$|kolomlabels$|column labels$)/i;

/** The row's cells as trimmed text without the blank columns at its end. */
export function cleanHeader(row: readonly SheetCell[]): string[] {
  const header = row.map((c) => cellText(c).trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  return header;
}

export function isBlankRow(row: readonly SheetCell[]): boolean {
  return row.every(isBlankCell);
}

const filled = (row: readonly SheetCell[]) => row.filter((c) => !isBlankCell(c)).length;

/**
 * Finds the header among the first rows: the first row of two or more cells that names an origin
 * column, a category or a person (so a refusal still sees it); a one-cell row is a title. A row
 * naming only 'Herkomst' over a row of categories is a group header, and so is a row above the
 * categories whose cells all stand over category columns (or over blank header cells): its
 * labels may be years or other groups. Else the first non-blank row; undefined when all are blank.
 */
export function locateHeader(head: SheetCell[][], mapping?: Record<string, ColumnRole>): HeaderAt | undefined {
  const candidates: number[] = [];
  for (let i = 0; i < head.length && candidates.length < SEARCH_ROWS; i++) if (!isBlankRow(head[i]!)) candidates.push(i);
  if (candidates.length === 0) return undefined;
  const kinds = (i: number) => mapColumns(cleanHeader(head[i]!), mapping);
  let index = candidates.find((i) => filled(head[i]!) >= 2 && kinds(i).some((c) => c.kind === 'origin' || c.kind === 'category' || c.kind === 'person'));
  let upper: number | undefined;
  if (index === undefined) index = candidates[0]!;
  else {
    const cats = (i: number) => kinds(i).filter((c) => c.kind === 'category').length;
    const next = head[index + 1];
    if (cats(index) === 0 && !kinds(index).some((c) => c.kind === 'count' || c.kind === 'person') && next && cats(index + 1) >= 2) {
      upper = index;
      index = index + 1;
    } else if (index > 0 && cats(index) >= 1 && standsOverCategories(head[index - 1]!, head[index]!, mapping)) {
      upper = index - 1;
    }
  }
  const header = cleanHeader(head[index]!);
  const pivot = candidates.some((i) => i <= index && head[i]!.some((c) => PIVOT.test(cellText(c).trim())));
  if (upper === undefined) return { index, header, pivot };
  const top = head[upper]!.map((c) => cellText(c).trim());
  // a header Excel merged over both rows (a last 'Totaal') is in the upper row only
  const merged = cleanHeader(Array.from({ length: Math.max(header.length, top.length) }, (_, c) => header[c] || top[c] || ''));
  const groupHeader: string[] = [];
  let carried = '';
  for (let c = 0; c < merged.length; c++) {
    if (top[c]) carried = top[c]!;
    groupHeader.push(header[c] ? carried : '');
  }
  return { index, header: merged, groupHeader, pivot };
}

/** True when every cell of `above` stands over a category column or over a blank header cell. */
function standsOverCategories(above: readonly SheetCell[], row: readonly SheetCell[], mapping?: Record<string, ColumnRole>): boolean {
  const columns = mapColumns(cleanHeader(row), mapping);
  const first = columns.findIndex((c) => c.kind === 'category');
  let over = 0;
  for (let c = 0; c < above.length; c++) {
    if (isBlankCell(above[c])) continue;
    const below = columns[c];
    if (c >= first && below && below.kind !== 'dimension') over++;
    else if (below && below.header !== '') return false;
  }
  return over > 0;
}
