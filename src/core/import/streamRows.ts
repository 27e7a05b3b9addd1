import Papa from 'papaparse';

/** How the text is split into cells. */
export interface Dialect {
  delimiter: string;
  newline: '\r\n' | '\n' | '\r';
}

/** Progress and cancellation, as a worker wires them. */
export interface StreamControl {
  onProgress?: (fraction: number) => void;
  signal?: { aborted: boolean };
}

export type StreamEnd = 'done' | 'cancelled';

// How often (in rows) to look at the signal and the clock: cheap enough not to show in the bench.
const CHECK_EVERY = 4096;
// papaparse splits each chunk into all its lines at once when there are no quotes; 1 MiB chunks
// bound that array and were the fastest setting in the baseline (perf-baseline.md).
const CHUNK_SIZE = 1 << 20;
const HEAD_CHARS = 1 << 18;

/**
 * The first rows only, for the header and the sample. Parses a prefix that ends at a line end,
 * because papaparse would otherwise split the whole text into lines before `preview` stops it.
 * Without quotes a line is a row, so the prefix can end after `count` lines: on a small file the
 * 2^18-character cap alone would have the plan parse most of it.
 */
export function parseHead(text: string, dialect: Dialect, count: number): string[][] {
  let end = text.length;
  if (end > HEAD_CHARS) {
    const cut = text.lastIndexOf(dialect.newline, HEAD_CHARS);
    end = cut > 0 ? cut : HEAD_CHARS;
  }
  const lines = endOfLines(text, dialect.newline, count, end);
  if (!text.slice(0, lines).includes('"')) end = lines;
  return Papa.parse<string[]>(text.slice(0, end), { ...dialect, preview: count }).data;
}

/** Where the `count`-th line ends (before its line break), or `limit` when that comes first. */
function endOfLines(text: string, newline: string, count: number, limit: number): number {
  let at = -newline.length;
  for (let line = 0; line < count; line++) {
    at = text.indexOf(newline, at + newline.length);
    if (at < 0 || at >= limit) return limit;
  }
  return at;
}

/**
 * Streams every row of the text through `onRow` (index 0 = the first record) with papaparse
 * in step mode: no array of all rows is ever built. Synchronous; the signal is honoured only
 * if the callbacks flip it (use `streamRowsAsync` to let a worker receive a cancel message).
 */
export function streamRows(text: string, dialect: Dialect, onRow: (row: string[], index: number) => void, control: StreamControl = {}): StreamEnd {
  let index = 0;
  let end: StreamEnd = 'done';
  Papa.parse<string[]>(text, {
    ...dialect,
    chunkSize: CHUNK_SIZE,
    step: (result, parser) => {
      onRow(result.data, index++);
      if (index % CHECK_EVERY === 0) {
        control.onProgress?.(result.meta.cursor / text.length);
        if (control.signal?.aborted) {
          end = 'cancelled';
          parser.abort();
        }
      }
    },
  });
  if (end === 'done') control.onProgress?.(1);
  return end;
}

/**
 * Like `streamRows`, but pauses about every `sliceMs` so that the thread can handle messages
 * (a cancel, a newer file) and the progress bar can move.
 */
export function streamRowsAsync(
  text: string,
  dialect: Dialect,
  onRow: (row: string[], index: number) => void,
  control: StreamControl = {},
  sliceMs = 40,
): Promise<StreamEnd> {
  return new Promise((resolve) => {
    let index = 0;
    let sliceStart = Date.now();
    let settled = false;
    const settle = (end: StreamEnd) => {
      if (settled) return;
      settled = true;
      if (end === 'done') control.onProgress?.(1);
      resolve(end);
    };
    Papa.parse<string[]>(text, {
      ...dialect,
      chunkSize: CHUNK_SIZE,
      step: (result, parser) => {
        onRow(result.data, index++);
        if (index % CHECK_EVERY !== 0 || Date.now() - sliceStart < sliceMs) return;
        control.onProgress?.(Math.min(1, result.meta.cursor / text.length));
        parser.pause();
        setTimeout(() => {
          if (control.signal?.aborted) {
            settle('cancelled');
            return;
          }
          sliceStart = Date.now();
          parser.resume();
        }, 0);
      },
      complete: () => settle('done'),
    });
  });
}
