import { dimensionRuns } from './dimensionRuns';
import type { Accumulator } from './accumulator';
import { originGuess } from './originGuess';
import type { OnLine } from './readPlainRows';

// Longer digit strings may not be exact in a double; readNumber decides those.
const MAX_DIGITS = 15;

/**
 * Pushes lines of quote-free text into the accumulator. Long files list a group's categories on
 * consecutive rows, so most rows repeat the previous row's dimension cells: when a row does,
 * has the expected number of cells and a count of plain digits, its cells are compared and
 * read in place and no string is built. Every other row is split and pushed as a whole, so it
 * gets the general checks (blank, ragged, numbers, new groups).
 */
export function pushPlainLine(acc: Accumulator, headerIndex: number, delimiter: string): OnLine {
  const { plan } = acc;
  const width = plan.width;
  const origin = plan.origin ?? -1;
  const count = plan.count ?? -1;
  const fast = plan.shape === 'long' && origin >= 0 && count >= 0 && delimiter.length > 0;
  const starts = new Int32Array(width);
  const ends = new Int32Array(width);
  const step = delimiter.length;
  const { runs, runAt } = dimensionRuns(plan);
  // The spans of `spansRow`, the last row that opened a group; they stand for acc.lastRow().
  let spansRow: readonly string[] | undefined;
  const spans: string[] = [];
  const origins = originGuess();

  /** Spans of a row just split from text.slice(start): cell k starts after the cells before it. */
  function noteSpans(text: string, start: number, row: string[]): void {
    let p = start;
    let k = 0;
    for (let r = 0; r < runs.length; r++) {
      const [a, b] = runs[r]!;
      for (; k < a; k++) p += row[k]!.length + step;
      let q = p;
      for (; k <= b; k++) q += row[k]!.length + step;
      spans[r] = text.slice(p, b === width - 1 ? q - step : q);
      p = q;
    }
    spansRow = row;
  }

  /**
   * Cell bounds of the non-dimension cells into starts/ends, when the dimension cells equal the
   * last group's and the line has exactly `width` cells (a last count cell is left to readDigits,
   * which takes digits only, so a delimiter in it fails there).
   */
  function sameGroupCells(text: string, start: number, end: number): boolean {
    let p = start;
    for (let k = 0; k < width; ) {
      const r = runAt[k]!;
      if (r >= 0) {
        const span = spans[r]!;
        if (p + span.length > end || !text.startsWith(span, p)) return false;
        p += span.length;
        k = runs[r]![1] + 1;
        if (k === width && p !== end) return false;
        continue;
      }
      starts[k] = p;
      const q = k === width - 1 && k === count ? -1 : text.indexOf(delimiter, p);
      if (k === width - 1) {
        if (q >= 0 && q < end) return false;
        ends[k] = end;
        return true;
      }
      if (q < 0 || q >= end) return false;
      ends[k] = q;
      p = q + step;
      k++;
    }
    return true;
  }

  /** The count cell as a whole number, or -1 unless it is 1 to MAX_DIGITS plain digits. */
  function readDigits(text: string): number {
    const a = starts[count]!;
    const b = ends[count]!;
    if (b <= a || b - a > MAX_DIGITS) return -1;
    let v = 0;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return -1;
      v = v * 10 + c;
    }
    return v;
  }

  return (text, start, end, index) => {
    if (index <= headerIndex) return;
    if (fast) {
      const last = acc.lastRow();
      if (last && last === spansRow && sameGroupCells(text, start, end)) {
        const value = readDigits(text);
        if (value >= 0) return acc.pushSameGroup(origins.read(text, starts[origin]!, ends[origin]!), value, index + 1);
      }
    }
    const row = text.slice(start, end).split(delimiter);
    acc.push(row, index + 1);
    if (!fast) return;
    origins.note(row[origin] ?? '');
    if (acc.lastRow() === row) noteSpans(text, start, row);
  };
}
