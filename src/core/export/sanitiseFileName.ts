/** Names Windows refuses for a file, with or without an extension. */
const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Well under the 255-byte limit of common file systems, leaving room for ' (1)' and the like. */
const MAX_BYTES = 200;
const FALLBACK = 'barometer';

/**
 * Turns a title into a base name: NFC, lower case, letters (ë, é, ï kept), digits and '_' kept,
 * everything else (spaces, path separators, punctuation, control and bidi-override characters,
 * emoji) collapsed into single hyphens, no hyphen or dot at either end.
 */
function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}_.]+/gu, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** Cuts whole characters off the end until the UTF-8 form fits `maxBytes`. */
function truncateToBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  let result = '';
  for (const character of text) {
    if (encoder.encode(result + character).length > maxBytes) break;
    result += character;
  }
  return result.replace(/[-.]+$/, '');
}

/**
 * A safe download file name from any text, e.g. 'Barometer Herkomst per afdeling 2024.csv' ->
 * 'barometer-herkomst-per-afdeling-2024.csv'. The extension (after the last dot, 1–5 letters or
 * digits) is kept; the result has no path separators or control characters, is no reserved
 * Windows name (then '_' follows the stem: 'con.csv' -> 'con_.csv'), and stays within 200 UTF-8 bytes.
 */
export function sanitiseFileName(name: string): string {
  const match = /^(.*)\.([A-Za-z0-9]{1,5})$/s.exec(name.trim());
  const extension = match?.[2] ? `.${match[2].toLowerCase()}` : '';
  let base = slugify(match?.[1] ?? name);
  if (base === '') base = FALLBACK;
  if (RESERVED_WINDOWS.test(base.split('.')[0] ?? '')) base = base.replace(/^[^.]*/, (stem) => `${stem}_`);
  return truncateToBytes(base, MAX_BYTES - extension.length) + extension;
}
