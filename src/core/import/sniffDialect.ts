/** Delimiters the importer recognises, in order of preference on a tie. */
export const DELIMITERS = [';', ',', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export type LineEnding = 'crlf' | 'lf' | 'cr';

/**
 * Guesses the delimiter from the first lines: the one that occurs (outside quotes) the same
 * non-zero number of times on most lines, the first line that has it (the header, below any
 * titles) weighing most. ';' wins ties
 * because Dutch Excel writes it and ',' may then be the decimal separator.
 */
export function sniffDelimiter(head: string): Delimiter {
  const lines = splitLines(head).filter((l) => l.trim() !== '').slice(0, 30);
  let best: Delimiter = ';';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    // the first line that has it: a report's title lines above the header have none
    const first = counts.find((c) => c > 0) ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The first line ending outside quotes; LF when the text has a single line. */
export function sniffLineEnding(head: string): LineEnding {
  let quoted = false;
  for (let i = 0; i < head.length; i++) {
    const c = head[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\r') return head[i + 1] === '\n' ? 'crlf' : 'cr';
    else if (!quoted && c === '\n') return 'lf';
  }
  return 'lf';
}

export function newlineOf(ending: LineEnding): '\r\n' | '\n' | '\r' {
  return ending === 'crlf' ? '\r\n' : ending === 'cr' ? '\r' : '\n';
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === d) n++;
  }
  return n;
}
