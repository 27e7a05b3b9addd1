import { dimensionRuns } from './dimensionRuns';
import type { Accumulator } from './accumulator';
import { NotPlain } from './openPlainText';
import { originGuess } from './originGuess';
import type { PlainRows } from './readPlainRows';
import type { SheetCell } from './sheetCell';

// Longer digit strings may not be exact in a double; readNumber decides those.
const MAX_DIGITS = 15;
const QUOTE = 0x22;
// Cells remembered per dimension column, tried before a cell is decoded: a group's dimension
// cells mostly take a few values in turn (M, V; the age bands), and decoding a cell and looking
// it up cost more than comparing its bytes with a few.
const RECENT = 8;
// The guess of the groups in all is raised by this much: the last growth would overshoot more.
const EXPECT_MARGIN = 1.05;

/**
 * Reads the rows of quote-free UTF-8 bytes into the accumulator straight from the bytes: the
 * whole file is never decoded. Lines are split as papaparse splits quote-free text (newlines
 * and delimiters are ASCII, which never occurs inside a multi-byte character). A long row
 * whose dimension cells are byte for byte those of the row that opened the current group,
 * whose origin cell is the guessed one and whose count is plain digits is read in place: its
 * bytes are then all either checked before or ASCII. Every other line is decoded on its own,
 * checked for quotes (the general path decides what those mean: NotPlain) and pushed whole.
 */
export function readPlainBytes(
  body: Uint8Array,
  decoder: TextDecoder,
  newline: '\r\n' | '\n' | '\r',
  delimiter: string,
  acc: Accumulator,
  headerIndex: number,
): PlainRows & { fed(): number } {
  const n = body.length;
  const { plan } = acc;
  const width = plan.width;
  const origin = plan.origin ?? -1;
  const count = plan.count ?? -1;
  const fast = plan.shape === 'long' && origin >= 0 && count >= 0;
  // new groups read in place too: no filled-down labels, no years to melt
  const fastNew = fast && !plan.pivot && !plan.melt;
  const sep = delimiter.charCodeAt(0);
  const crlf = newline === '\r\n';
  const nl = newline === '\r' ? 13 : 10;
  const { runs, runAt } = dimensionRuns(plan);
  const runFirst = Int32Array.from(runs, ([a]) => a);
  const runLast = Int32Array.from(runs, ([, b]) => b);
  // where the spans of `spansRow` (the row that opened the current group) are in `body`
  const spanAt = new Int32Array(runs.length);
  const spanLength = new Int32Array(runs.length);
  let spansRow: readonly SheetCell[] | undefined;
  const cellStart = new Int32Array(width + 1);
  const origins = originGuess();
  // dimension j (column dims[j]) of the last row read: its code and where its bytes are
  const dims = plan.dimensions.map((d) => d.index);
  const dimOf = new Int32Array(width).fill(-1);
  dims.forEach((d, j) => d < width && (dimOf[d] = j));
  const codes = new Int32Array(dims.length);
  const cellAt = new Int32Array(dims.length);
  const cellLength = new Int32Array(dims.length).fill(-1);
  // dimension j's remembered cells are slots j * RECENT .. j * RECENT + RECENT - 1
  const recentAt = new Int32Array(dims.length * RECENT);
  const recentLength = new Int32Array(dims.length * RECENT).fill(-1);
  const recentCode = new Int32Array(dims.length * RECENT);
  const recentNext = new Int32Array(dims.length);
  let pos = 0;
  let index = 0;
  let ended = false;

  const same = (p: number, a: number, length: number) => {
    if (p + length > n) return false;
    for (let i = 0; i < length; i++) if (body[p + i] !== body[a + i]) return false;
    return true;
  };

  // what readCell found in the origin and count cells
  let originId = -1;
  let countValue = -1;

  /**
   * Reads the non-dimension cell k at p: the origin cell must be the guessed one, the count plain
   * digits, any other cell ASCII only (so that nothing in it needs decoding to be checked).
   * The position after it, else -1.
   */
  function readCell(p: number, k: number): number {
    if (k === origin) {
      const id = origins.guess();
      if (id < 0 || origins.bytesAt(id) < 0 || origins.byteLength(id) === 0 || !same(p, origins.bytesAt(id), origins.byteLength(id))) return -1;
      originId = id;
      return p + origins.byteLength(id);
    }
    if (k === count) {
      const a = p;
      let value = 0;
      for (let c = body[p]! - 48; p < n && c >= 0 && c <= 9; c = body[++p]! - 48) value = value * 10 + c;
      if (p === a || p - a > MAX_DIGITS) return -1;
      countValue = value;
      return p;
    }
    for (let c = body[p]!; p < n && c !== sep && c !== 10 && c !== 13 && c !== QUOTE && c < 0x80; c = body[++p]!);
    return p;
  }

  /** The position after the line end at p (n + 1 at the end of the bytes), else -1. */
  function afterLine(p: number): number {
    if (p === n) return n + 1;
    if (crlf ? body[p] === 13 && body[p + 1] === 10 : body[p] === nl) return p + newline.length;
    return -1;
  }

  /** The code of dimension j's cell at a .. a + length - 1 if it is a remembered one, else -1. */
  function recentCodeOf(j: number, a: number, length: number): number {
    for (let m = j * RECENT; m < (j + 1) * RECENT; m++) {
      if (recentLength[m] === length && same(a, recentAt[m]!, length)) return recentCode[m]!;
    }
    return -1;
  }

  function remember(j: number, a: number, length: number, code: number): void {
    const m = j * RECENT + recentNext[j]!;
    recentNext[j] = (recentNext[j]! + 1) % RECENT;
    recentAt[m] = a;
    recentLength[m] = length;
    recentCode[m] = code;
  }

  /** Reads the line at p in place if it is such a row: the position after its newline (n + 1 at the end), else -1. */
  function readSameGroup(p: number, rowNumber: number): number {
    for (let k = 0; k < width; ) {
      const r = runAt[k]!;
      if (r >= 0) {
        if (!same(p, spanAt[r]!, spanLength[r]!)) return -1;
        p += spanLength[r]!;
        k = runLast[r]! + 1;
        continue;
      }
      p = readCell(p, k);
      if (p < 0) return -1;
      if (++k < width) {
        if (body[p] !== sep) return -1;
        p++;
      }
    }
    const after = afterLine(p);
    if (after >= 0) acc.pushSameGroup(origins.take(originId), countValue, rowNumber);
    return after;
  }

  /**
   * Reads the line at p in place as a row that opens a group (readSameGroup's conditions, except
   * that a dimension cell may differ from the last row's: its code is then looked up from the
   * decoded cell). The position after its newline (n + 1 at the end), else -1.
   */
  function readNewGroup(p: number, rowNumber: number): number {
    for (let k = 0; k < width; k++) {
      cellStart[k] = p;
      const j = dimOf[k]!;
      if (j >= 0) {
        const a = p;
        for (let c = body[p]!; p < n && c !== sep && c !== 10 && c !== 13 && c !== QUOTE; c = body[++p]!);
        const length = p - a;
        if (length === 0) return -1;
        if (length !== cellLength[j] || !same(a, cellAt[j]!, length)) {
          let code = recentCodeOf(j, a, length);
          if (code < 0) {
            let cell: string;
            try {
              cell = decoder.decode(body.subarray(a, p));
            } catch {
              return -1;
            }
            if (cell.trim() === '') return -1;
            code = acc.dimCode(cell);
            if (acc.isTotalCode(code)) return -1;
            remember(j, a, length, code);
          }
          codes[j] = code;
          cellAt[j] = a;
          cellLength[j] = length;
        }
      } else {
        p = readCell(p, k);
        if (p < 0) return -1;
      }
      if (k < width - 1) {
        if (body[p] !== sep) return -1;
        p++;
      }
    }
    const after = afterLine(p);
    if (after < 0) return -1;
    acc.pushCodes(codes, origins.take(originId), countValue, rowNumber);
    cellStart[width] = p + 1;
    noteRuns();
    spansRow = acc.lastRow();
    return after;
  }

  /** The runs' spans of a row whose cell k starts at cellStart[k] (cellStart[width]: one past its line end). */
  function noteRuns(): void {
    for (let r = 0; r < runFirst.length; r++) {
      const a = runFirst[r]!;
      const b = runLast[r]!;
      spanAt[r] = cellStart[a]!;
      spanLength[r] = cellStart[b + 1]! - (b === width - 1 ? 1 : 0) - cellStart[a]!;
    }
  }

  /** Where the line that starts at p ends (before its newline); n for the last line. */
  function lineEnd(p: number): number {
    for (let from = p; ; ) {
      const q = body.indexOf(nl, from);
      if (q < 0) return n;
      if (!crlf) return q;
      if (q > p && body[q - 1] === 13) return q - 1;
      from = q + 1;
    }
  }

  function pushLine(start: number, end: number, rowNumber: number): void {
    let text: string;
    try {
      text = decoder.decode(body.subarray(start, end));
    } catch {
      throw new NotPlain('not UTF-8');
    }
    if (text.includes('"')) throw new NotPlain('quoted');
    const row = text.split(delimiter);
    acc.push(row, rowNumber);
    if (!fast) return;
    // cell k's bytes are cellStart[k] .. cellStart[k + 1] - 1 (the delimiter or the line end)
    let k = 0;
    cellStart[0] = start;
    for (let i = start; i < end && k < width; i++) if (body[i] === sep) cellStart[++k] = i + 1;
    if (k < width) cellStart[++k] = end + 1;
    const located = k > origin;
    origins.note(row[origin] ?? '', located ? cellStart[origin]! : -1, located ? cellStart[origin + 1]! - 1 - cellStart[origin]! : 0);
    if (acc.lastRow() !== row) return;
    noteRuns();
    spansRow = row;
    if (!fastNew || k !== width) return;
    dims.forEach((d, j) => {
      codes[j] = acc.dimCode(row[d]!);
      cellAt[j] = cellStart[d]!;
      cellLength[j] = cellStart[d + 1]! - 1 - cellStart[d]!;
    });
  }

  function next(max: number): boolean {
    for (let m = 0; m < max && !ended; m++) {
      if (fast && index > headerIndex && spansRow !== undefined && acc.lastRow() === spansRow) {
        const after = readSameGroup(pos, index + 1);
        if (after >= 0) {
          index++;
          pos = after;
          ended = pos > n;
          continue;
        }
      }
      if (fastNew && index > headerIndex && spansRow !== undefined) {
        const after = readNewGroup(pos, index + 1);
        if (after >= 0) {
          index++;
          pos = after;
          ended = pos > n;
          continue;
        }
      }
      const end = lineEnd(pos);
      if (index > headerIndex) pushLine(pos, end, index + 1);
      index++;
      if (end === n) ended = true;
      else pos = end + newline.length;
    }
    // a guess of the groups in all from those in the part read (GroupStore.expect)
    if (pos > 0) acc.groups.expect(Math.ceil((acc.groups.size * n * EXPECT_MARGIN) / pos));
    return !ended;
  }

  return { next, fed: () => (n === 0 ? 1 : Math.min(pos, n) / n) };
}
