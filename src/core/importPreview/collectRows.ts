import { streamRows, type Dialect } from '../import/streamRows';
import type { PreviewRow } from './types';

/**
 * The records with the given spreadsheet numbers, streamed out of the text: only those rows
 * are kept, and the pass stops as soon as the last one is found.
 */
export function collectRows(text: string, dialect: Dialect, wanted: number[]): PreviewRow[] {
  if (wanted.length === 0) return [];
  const want = new Set(wanted);
  const last = Math.max(...wanted);
  const found: PreviewRow[] = [];
  const signal = { aborted: false };
  streamRows(
    text,
    dialect,
    (cells, index) => {
      if (want.has(index + 1)) found.push({ row: index + 1, cells });
      if (index + 1 >= last) signal.aborted = true;
    },
    { signal },
  );
  return found;
}

/** The distinct rows, in order, that issues point at beyond the first `after` rows; at most `max`. */
export function rowsToFetch(issues: Array<{ row?: number }>, after: number, max: number): number[] {
  const rows = new Set<number>();
  for (const issue of issues) if (issue.row !== undefined && issue.row > after) rows.add(issue.row);
  return [...rows].sort((a, b) => a - b).slice(0, max);
}
