import type { ImportResult } from '../types';
import { decodeBytes, type Encoding } from './decodeBytes';
import { finishImport } from './finishImport';
import { makeIssue } from './makeIssue';
import type { ImportEngineOptions } from './options';
import { SAMPLE_ROWS, startImport } from './importRows';
import { NotPlain, openPlainText, type PlainText } from './openPlainText';
import { pushPlainLine } from './pushPlainLine';
import { readPlainBytes } from './readPlainBytes';
import { readPlainRows, type PlainRows } from './readPlainRows';
import { DELIMITERS, newlineOf, sniffDelimiter, sniffLineEnding } from './sniffDialect';
import { parseHead, streamRows, streamRowsAsync, type Dialect } from './streamRows';

// Enough rows to pass blank lines and titles above the header and still fill the sample.
const HEAD_ROWS = SAMPLE_ROWS + 50;
// Rows between looks at the signal, the clock and the progress: cheap enough not to show.
const CHECK_EVERY = 4096;

type Started = Exclude<ReturnType<typeof startImport>, { result: ImportResult }>;
type Prepared = { result: ImportResult } | { text: string; dialect: Dialect; started: Started; plain?: PlainText };

/** How `importTable` reads the rows; tests force the general (papaparse) path to compare both. */
export interface ReadMode {
  plain: boolean;
}

/**
 * Decodes, sniffs the dialect and plans the import from the first rows. Quote-free UTF-8 text
 * takes the fast path (`plain`): `text` is then only its head, and the rest is read in pieces.
 */
function prepare(input: Uint8Array | string, options: ImportEngineOptions, mode: ReadMode): Prepared {
  const plain = mode.plain ? openPlainText(input, options) : undefined;
  let text: string;
  let encoding: Encoding | string = 'utf-8';
  if (plain) {
    text = plain.head;
  } else if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeBytes(input, options.encoding);
    if ('binary' in decoded) return { result: { ok: false, issues: [makeIssue('not-a-table')] } };
    text = decoded.text;
    encoding = decoded.encoding;
  }
  if (text.trim() === '') return { result: { ok: false, issues: [makeIssue('empty-file')] } };
  const head = text.slice(0, 65536);
  const delimiter = options.delimiter ?? sniffDelimiter(head);
  const lineEnding = sniffLineEnding(head);
  const dialect: Dialect = { delimiter, newline: newlineOf(lineEnding) };
  // papaparse treats other delimiters its own way (guessing for '', for example)
  if (plain && !(DELIMITERS as readonly string[]).includes(delimiter)) return prepare(input, options, { plain: false });
  const started = startImport(parseHead(text, dialect, HEAD_ROWS), options, {
    encoding,
    delimiter,
    lineEnding,
    fallbackDecimal: delimiter === ',' ? '.' : ',',
  });
  if ('result' in started) return { result: started.result };
  return plain ? { text, dialect, started, plain } : { text, dialect, started };
}

/** The fast path's rows: bytes are read as bytes, text line by line from its pieces. */
function plainRows(text: string, dialect: Dialect, { acc, headerIndex }: Started, plain: PlainText): PlainRows & { fed(): number } {
  if ('body' in plain) return readPlainBytes(plain.body, plain.decoder, dialect.newline, dialect.delimiter, acc, headerIndex);
  const lines = readPlainRows(text, plain.chunks, dialect.newline, pushPlainLine(acc, headerIndex, dialect.delimiter));
  return { next: (max) => lines.next(max), fed: plain.fed };
}

/**
 * Imports an aggregate table (CSV/TSV text or its bytes) into a Dataset, or explains why it
 * cannot: PRODUCT.md §7. Rows are summed as they pass; none is kept.
 */
export function importTable(input: Uint8Array | string, options: ImportEngineOptions = {}): ImportResult {
  return importTableWith(input, options, { plain: true });
}

/** `importTable` with the read path chosen: the general path when `mode.plain` is false. */
export function importTableWith(input: Uint8Array | string, options: ImportEngineOptions, mode: ReadMode): ImportResult {
  const prepared = prepare(input, options, mode);
  if ('result' in prepared) return prepared.result;
  const { text, dialect, started, plain } = prepared;
  const { acc, headerIndex } = started;
  if (plain) {
    const rows = plainRows(text, dialect, started, plain);
    try {
      while (rows.next(CHECK_EVERY)) {
        options.onProgress?.(rows.fed());
        if (options.signal?.aborted) return { ok: false, issues: [makeIssue('cancelled')] };
      }
    } catch (e) {
      if (e instanceof NotPlain) return importTableWith(input, options, { plain: false });
      throw e;
    }
    options.onProgress?.(1);
  } else {
    const end = streamRows(text, dialect, (row, i) => i > headerIndex && acc.push(row, i + 1), options);
    if (end === 'cancelled') return { ok: false, issues: [makeIssue('cancelled')] };
  }
  return finishImport(acc, started.format, options);
}

/** `importTable` for a worker: yields now and then, reports progress and can be cancelled. */
export async function importTableAsync(input: Uint8Array | string, options: ImportEngineOptions = {}): Promise<ImportResult> {
  return importTableAsyncWith(input, options, { plain: true });
}

/** `importTableAsync` with the read path chosen, as `importTableWith`. */
export async function importTableAsyncWith(input: Uint8Array | string, options: ImportEngineOptions, mode: ReadMode, sliceMs = 40): Promise<ImportResult> {
  const prepared = prepare(input, options, mode);
  if ('result' in prepared) return prepared.result;
  const { text, dialect, started, plain } = prepared;
  const { acc, headerIndex } = started;
  if (plain) {
    const rows = plainRows(text, dialect, started, plain);
    let sliceStart = Date.now();
    try {
      while (rows.next(CHECK_EVERY)) {
        if (Date.now() - sliceStart < sliceMs) continue;
        options.onProgress?.(rows.fed());
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (options.signal?.aborted) return { ok: false, issues: [makeIssue('cancelled')] };
        sliceStart = Date.now();
      }
    } catch (e) {
      if (e instanceof NotPlain) return importTableAsyncWith(input, options, { plain: false }, sliceMs);
      throw e;
    }
    options.onProgress?.(1);
  } else {
    const end = await streamRowsAsync(text, dialect, (row, i) => i > headerIndex && acc.push(row, i + 1), options, sliceMs);
    if (end === 'cancelled') return { ok: false, issues: [makeIssue('cancelled')] };
  }
  return finishImport(acc, started.format, options);
}
