import type { ImportOptions } from '../types';

export type Encoding = NonNullable<ImportOptions['encoding']>;

/** Decoded text, or 'binary' when the bytes are not text at all. */
export type Decoded = { text: string; encoding: Encoding; bom: boolean } | { binary: true };

/**
 * Turns file bytes into text: a BOM decides UTF-8 or UTF-16; otherwise strict UTF-8, and
 * Windows-1252 when the bytes are not valid UTF-8 (what Excel writes on Dutch Windows).
 * The BOM is never part of the text (papaparse would keep it in the first header).
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): Decoded {
  const bomEncoding = detectBom(bytes);
  const encoding = forced ?? bomEncoding?.encoding;
  const skip = bomEncoding && (!forced || forced === bomEncoding.encoding) ? bomEncoding.length : 0;
  const body = bytes.subarray(skip);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    return { text: new TextDecoder(encoding).decode(body), encoding, bom: skip > 0 };
  }
  if (looksBinary(body)) return { binary: true };
  if (encoding === 'windows-1252') return { text: decode1252(body), encoding, bom: false };
  if (encoding) return { text: new TextDecoder(encoding).decode(body), encoding, bom: skip > 0 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decode1252(body), encoding: 'windows-1252', bom: false };
  }
}

// Windows-1252 bytes 0x80–0x9F (€, ‘ ’ “ ” …). Node 20's TextDecoder decodes 'windows-1252'
// as Latin-1 and leaves them as C1 controls; browsers do not. Mapping them here gives both
// the same text. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decode1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
}

function detectBom(b: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Text tables have no NUL bytes and almost no control characters; zip files (xlsx), images
 * and executables do, early on. Only the first 8 KiB are checked: enough, and cheap.
 */
export function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > n / 100;
}
