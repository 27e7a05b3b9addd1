import { looksBinary } from './decodeBytes';
import type { ImportEngineOptions } from './options';

/**
 * The input for the fast path, so that the whole file never exists as one string next to its
 * bytes: text is handed out in pieces, bytes are read as bytes (readPlainBytes). Reading throws
 * `NotPlain` when the rest of the file turns out to need the general path (a quote, bytes that
 * are not UTF-8); the caller then starts again on that path, which decides what it means.
 */
export type PlainText = { head: string } & (PlainString | PlainBytes);

export interface PlainString {
  /** Enough text to sniff the dialect and plan the import on, as the general path would see it. */
  head: string;
  /** The text after `head`, in pieces. */
  chunks: Iterator<string>;
  /** Fraction of the input handed out so far (0–1). */
  fed(): number;
}

export interface PlainBytes {
  head: string;
  /** All the bytes after the BOM, `head` included. */
  body: Uint8Array;
  decoder: TextDecoder;
}

export class NotPlain extends Error {}

// The general path plans from the first 2^18 characters (parseHead): at 4 bytes per character at
// most, this many bytes always decode to more than that, so both paths see the same head.
const HEAD_CHARS = (1 << 18) + 8;
const HEAD_BYTES = 4 * HEAD_CHARS;
// Pieces of a text input: slices share the text's characters, so their size only sets how often
// readPlainRows joins a line across two of them.
const CHUNK_CHARS = 1 << 18;
const QUOTE = '"';

/** The plain (quote-free, UTF-8) text of the input, or undefined when it needs the general path. */
export function openPlainText(input: Uint8Array | string, options: ImportEngineOptions): PlainText | undefined {
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.includes(QUOTE) || text.trim() === '') return undefined;
    // slices of a flat string share its characters: handing out pieces copies nothing
    let at = Math.min(text.length, HEAD_CHARS);
    function* pieces(): Generator<string> {
      while (at < text.length) {
        const from = at;
        at = Math.min(at + CHUNK_CHARS, text.length);
        yield text.slice(from, at);
      }
    }
    return { head: text.slice(0, at), chunks: pieces(), fed: () => (text.length === 0 ? 1 : at / text.length) };
  }
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  if (options.encoding !== undefined && options.encoding !== 'utf-8') return undefined;
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) return undefined;
  const body = input.subarray(bom ? 3 : 0);
  if (looksBinary(body)) return undefined;
  // as decodeBytes: strict UTF-8 only when nothing names the encoding (else Windows-1252)
  const decoder = new TextDecoder('utf-8', { fatal: !bom && options.encoding === undefined });
  let head: string;
  try {
    head = decoder.decode(body.subarray(0, charBoundary(body, HEAD_BYTES)));
  } catch {
    return undefined;
  }
  if (head.includes(QUOTE) || head.trim() === '') return undefined;
  return { head, body, decoder };
}

/**
 * A cut at or after which no UTF-8 sequence is split: before the lead byte of the sequence that
 * `at` falls in (continuation bytes are 10xxxxxx; a sequence has at most three of them).
 */
function charBoundary(bytes: Uint8Array, at: number): number {
  if (at >= bytes.length) return bytes.length;
  for (let i = at; i > at - 4 && i > 0; i--) if ((bytes[i]! & 0xc0) !== 0x80) return i;
  return at;
}
