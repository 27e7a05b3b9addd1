import type { Accumulator } from './accumulateRows';
import type { OnLine } from './readPlainRows';

// Longer digit strings may not be exact in a double; readNumber decides those.
const MAX_DIGITS = 15;

/**
 * Pushes lines of quote-free text into the accumulator. Long files list a group's categories on
 * consecutive rows, so most rows repeat the previous row's dimension cells: when a row does,
 * has the expected number of cells and a count of plain digits, its cells are compared and
 * read in place and only the origin label becomes a string. Every other row is split and
 * pushed as a whole, so it gets the general checks (blank, ragged, numbers, new groups).
 */
export function pushPlainLine(acc: Accumulator, headerIndex: number, delimiter: string): OnLine {
  const { plan } = acc;
  const width = plan.width;
  const dims = plan.dimensions.map((d) => d.index);
  const origin = plan.origin ?? -1;
  const count = plan.count ?? -1;
  const fast = plan.shape === 'long' && origin >= 0 && count >= 0 && delimiter.length > 0;
  const starts = new Int32Array(width);
  const ends = new Int32Array(width);
  const step = delimiter.length;

  /** Cell bounds of the line into starts/ends; false unless it has exactly `width` cells. */
  function findCells(text: string, start: number, end: number): boolean {
    let p = start;
    for (let k = 0; k < width; k++) {
      starts[k] = p;
      const q = text.indexOf(delimiter, p);
      if (q < 0 || q >= end) {
        ends[k] = end;
        return k === width - 1;
      }
      ends[k] = q;
      p = q + step;
    }
    return false;
  }

  function sameDims(text: string, last: readonly string[]): boolean {
    for (const d of dims) {
      const cell = last[d]!;
      if (ends[d]! - starts[d]! !== cell.length || !text.startsWith(cell, starts[d])) return false;
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
      if (last && findCells(text, start, end) && sameDims(text, last)) {
        const value = readDigits(text);
        if (value >= 0) return acc.pushSameGroup(text.slice(starts[origin], ends[origin]), value, index + 1);
      }
    }
    acc.push(text.slice(start, end).split(delimiter), index + 1);
  };
}
