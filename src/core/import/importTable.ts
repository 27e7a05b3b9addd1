import type { ImportResult } from '../types';
import { decodeBytes, type Encoding } from './decodeBytes';
import { finishImport } from './finishImport';
import { makeIssue } from './messages';
import type { ImportEngineOptions } from './options';
import { SAMPLE_ROWS, startImport } from './importRows';
import { newlineOf, sniffDelimiter, sniffLineEnding } from './sniffDialect';
import { parseHead, streamRows, streamRowsAsync, type Dialect } from './streamRows';

// Enough rows to pass blank lines and titles above the header and still fill the sample.
const HEAD_ROWS = SAMPLE_ROWS + 50;

type Prepared =
  | { result: ImportResult }
  | { text: string; dialect: Dialect; started: Exclude<ReturnType<typeof startImport>, { result: ImportResult }> };

/** Decodes, sniffs the dialect and plans the import from the first rows. */
function prepare(input: Uint8Array | string, options: ImportEngineOptions): Prepared {
  const locale = options.locale ?? 'nl';
  let text: string;
  let encoding: Encoding | string = 'utf-8';
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeBytes(input, options.encoding);
    if ('binary' in decoded) return { result: { ok: false, issues: [makeIssue('not-a-table', locale)] } };
    text = decoded.text;
    encoding = decoded.encoding;
  }
  if (text.trim() === '') return { result: { ok: false, issues: [makeIssue('empty-file', locale)] } };
  const head = text.slice(0, 65536);
  const delimiter = options.delimiter ?? sniffDelimiter(head);
  const lineEnding = sniffLineEnding(head);
  const dialect: Dialect = { delimiter, newline: newlineOf(lineEnding) };
  const started = startImport(parseHead(text, dialect, HEAD_ROWS), options, {
    encoding,
    delimiter,
    lineEnding,
    fallbackDecimal: delimiter === ',' ? '.' : ',',
  });
  if ('result' in started) return { result: started.result };
  return { text, dialect, started };
}

/**
 * Imports an aggregate table (CSV/TSV text or its bytes) into a Dataset, or explains why it
 * cannot: PRODUCT.md §7. Rows stream through papaparse and are summed as they pass.
 */
export function importTable(input: Uint8Array | string, options: ImportEngineOptions = {}): ImportResult {
  const prepared = prepare(input, options);
  if ('result' in prepared) return prepared.result;
  const { text, dialect, started } = prepared;
  const { acc, headerIndex } = started;
  const end = streamRows(text, dialect, (row, i) => i > headerIndex && acc.push(row, i + 1), options);
  if (end === 'cancelled') return { ok: false, issues: [makeIssue('cancelled', acc.locale)] };
  return finishImport(acc, started.format, options);
}

/** `importTable` for a worker: yields now and then, reports progress and can be cancelled. */
export async function importTableAsync(input: Uint8Array | string, options: ImportEngineOptions = {}): Promise<ImportResult> {
  const prepared = prepare(input, options);
  if ('result' in prepared) return prepared.result;
  const { text, dialect, started } = prepared;
  const { acc, headerIndex } = started;
  const end = await streamRowsAsync(text, dialect, (row, i) => i > headerIndex && acc.push(row, i + 1), options);
  if (end === 'cancelled') return { ok: false, issues: [makeIssue('cancelled', acc.locale)] };
  return finishImport(acc, started.format, options);
}
