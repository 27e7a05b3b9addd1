/** Lines of quote-free text, handed out a batch at a time. */
export interface PlainRows {
  /** Calls `onLine` for up to `max` more lines; false once the last line has been handed out. */
  next(max: number): boolean;
}

/** Line `index` (0 = the first) is `text.slice(start, end)`; the text is only valid during the call. */
export type OnLine = (text: string, start: number, end: number, index: number) => void;

/**
 * Splits quote-free text into lines exactly as papaparse does when a text has no quote
 * character (its own fast path): at every `newline`, with a last, possibly empty, line after
 * the final newline. Lines are handed out as ranges, so a caller that only compares or reads
 * cells in place builds no strings at all.
 */
export function readPlainRows(head: string, chunks: Iterator<string>, newline: string, onLine: OnLine): PlainRows {
  let text = head;
  let pos = 0;
  let index = 0;
  let ended = false;

  function next(max: number): boolean {
    if (ended) return false;
    for (let n = 0; n < max; n++) {
      const nl = text.indexOf(newline, pos);
      if (nl >= 0) {
        onLine(text, pos, nl, index++);
        pos = nl + newline.length;
        continue;
      }
      const more = chunks.next();
      if (more.done) {
        onLine(text, pos, text.length, index++);
        ended = true;
        text = '';
        return false;
      }
      // Only the line across the chunk boundary is joined: searching a concatenated (unflattened)
      // string makes every later indexOf slow.
      const carry = text.slice(pos);
      text = more.value;
      pos = 0;
      if (newline === '\r\n' && carry.endsWith('\r') && text.startsWith('\n')) {
        onLine(carry, 0, carry.length - 1, index++);
        pos = 1;
        continue;
      }
      const first = text.indexOf(newline);
      if (first < 0) {
        text = carry + text;
        n--;
        continue;
      }
      const line = carry + text.slice(0, first);
      onLine(line, 0, line.length, index++);
      pos = first + newline.length;
    }
    return true;
  }

  return { next };
}
