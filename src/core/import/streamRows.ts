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

/** The first rows only, for the header and the sample; papaparse stops after `count`. */
export function parseHead(text: string, dialect: Dialect, count: number): string[][] {
  return Papa.parse<string[]>(text, { ...dialect, preview: count }).data;
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
    let offset = 0;
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
      step: (result, parser) => {
        onRow(result.data, index++);
        if (index % CHECK_EVERY !== 0 || Date.now() - sliceStart < sliceMs) return;
        const cursor = offset + result.meta.cursor;
        control.onProgress?.(cursor / text.length);
        offset = cursor;
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
