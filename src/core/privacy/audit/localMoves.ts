import type { LpProblem } from './lpSolver';

const EPS = 1e-9;

/**
 * Witnesses without a linear program: from the true counts (a feasible point), move one unknown
 * of a hidden cell by one person and repair every sum this breaks with a move of another unknown
 * in that sum, and so on, until every row holds again (a cycle: +1 here, −1 in the same unit,
 * +1 in the same level, …). If the cell's sum changed by one, its interval holds two whole numbers
 * (the true value and its neighbour). On a table of small groups nearly every hidden cell is
 * settled by a move of four unknowns; only the rest needs the solver.
 */
export class LocalMoves {
  readonly #problem: LpProblem;
  readonly #point: Float64Array;
  readonly #activity: Float64Array;
  readonly #colStart: Int32Array;
  readonly #colRows: Int32Array;
  readonly #colCoef: Float64Array;
  readonly #rowStart: Int32Array;
  readonly #rowCols: Int32Array;
  readonly #rowCoef: Float64Array;
  /** The move being built: per row its change, the rows it touched, and the rows it leaves out of bounds. */
  readonly #change: Float64Array;
  readonly #touched: number[] = [];
  readonly #broken = new Set<number>();
  /** Flags per row (broken now) and per column (moved now, or part of the target): typed arrays, as the search reads them millions of times. */
  readonly #isBroken: Uint8Array;
  readonly #moved: Uint8Array;
  readonly #movedList: number[] = [];
  readonly #own: Uint8Array;
  /** Bounds widened by EPS once: per row, and per column (x ≥ 0, or fixed at a published value). */
  readonly #rowLo: Float64Array;
  readonly #rowHi: Float64Array;
  readonly #colLo: Float64Array;
  readonly #colHi: Float64Array;

  constructor(problem: LpProblem, point: Float64Array) {
    const { columns, rowStarts, rowIndices, rowValues, rowLower } = problem;
    const rows = rowLower.length;
    this.#problem = problem;
    this.#point = point;
    this.#activity = new Float64Array(rows);
    this.#change = new Float64Array(rows);
    this.#isBroken = new Uint8Array(rows);
    this.#moved = new Uint8Array(columns);
    this.#own = new Uint8Array(columns);
    this.#rowLo = rowLower.map((v) => v - EPS);
    this.#rowHi = problem.rowUpper.map((v) => v + EPS);
    this.#colLo = Float64Array.from({ length: columns }, (_, c) => (problem.colLower?.[c] ?? 0) - EPS);
    this.#colHi = Float64Array.from({ length: columns }, (_, c) => (problem.colUpper?.[c] ?? Infinity) + EPS);
    const colStart = new Int32Array(columns + 1);
    // A row without bounds (a sum hidden now) never breaks: the moves leave it out.
    const binds = (r: number) => rowLower[r]! > -Infinity || problem.rowUpper[r]! < Infinity;
    for (let r = 0; r < rows; r++) {
      if (!binds(r)) continue;
      for (let i = rowStarts[r]!; i < rowStarts[r + 1]!; i++) {
        this.#activity[r] = this.#activity[r]! + rowValues[i]! * point[rowIndices[i]!]!;
        colStart[rowIndices[i]! + 1] = colStart[rowIndices[i]! + 1]! + 1;
      }
    }
    for (let c = 0; c < columns; c++) colStart[c + 1] = colStart[c + 1]! + colStart[c]!;
    const fill = colStart.slice(0, columns);
    this.#colRows = new Int32Array(rowIndices.length);
    this.#colCoef = new Float64Array(rowIndices.length);
    for (let r = 0; r < rows; r++) {
      if (!binds(r)) continue;
      for (let i = rowStarts[r]!; i < rowStarts[r + 1]!; i++) {
        const c = rowIndices[i]!;
        this.#colRows[fill[c]!] = r;
        this.#colCoef[fill[c]!] = rowValues[i]!;
        fill[c] = fill[c]! + 1;
      }
    }
    this.#colStart = colStart;
    // Per row, only the unknowns that can move (a published cell is fixed): the search scans these.
    const movable = (c: number) => (problem.colLower?.[c] ?? 0) !== (problem.colUpper?.[c] ?? Infinity);
    this.#rowStart = new Int32Array(rows + 1);
    const rowCols: number[] = [];
    const rowCoef: number[] = [];
    for (let r = 0; r < rows; r++) {
      for (let i = rowStarts[r]!; i < rowStarts[r + 1]!; i++) {
        if (!movable(rowIndices[i]!)) continue;
        rowCols.push(rowIndices[i]!);
        rowCoef.push(rowValues[i]!);
      }
      this.#rowStart[r + 1] = rowCols.length;
    }
    this.#rowCols = Int32Array.from(rowCols);
    this.#rowCoef = Float64Array.from(rowCoef);
  }

  /**
   * +1 or −1 when a move of at most `depth` unknowns changes the sum of `cols` by that much and
   * keeps x ≥ 0 and every row; 0 if none was found within `budget` search steps. Each step repairs
   * the broken row with the fewest members, trying the three unknowns that repair the most broken
   * rows while breaking the fewest (depth first).
   */
  shift(cols: number[], depth = 8, budget = 120): number {
    for (const col of cols) this.#own[col] = 1;
    try {
      return this.#shift(cols, depth, budget);
    } finally {
      for (const col of cols) this.#own[col] = 0;
    }
  }

  #shift(cols: number[], depth: number, budget: number): number {
    let steps = 0;
    // Per search level (`left`, up to depth − 1): three candidate scores and moves (±(col + 1)).
    const scores = new Float64Array(3 * depth);
    const moves = new Int32Array(3 * depth);
    const search = (left: number): boolean => {
      if (this.#broken.size === 0) return true;
      if (left === 0 || ++steps > budget) return false;
      const { rowStarts } = this.#problem;
      let r = -1;
      for (const b of this.#broken) if (r < 0 || rowStarts[b + 1]! - rowStarts[b]! < rowStarts[r + 1]! - rowStarts[r]!) r = b;
      const need = this.#activity[r]! + this.#change[r]! > this.#rowHi[r]! ? -1 : 1;
      // The three best candidates, kept sorted in this level's slots of `best` (no allocation: this runs millions of times).
      const at = 3 * left;
      let found = 0;
      for (let i = this.#rowStart[r]!; i < this.#rowStart[r + 1]!; i++) {
        const col = this.#rowCols[i]!;
        const delta = need * this.#rowCoef[i]!;
        if ((delta !== 1 && delta !== -1) || this.#own[col] || this.#moved[col] || !this.#fits(col, delta)) continue;
        const score = this.#score(col, delta);
        if (found === 3 && score <= scores[at + 2]!) continue;
        let j = Math.min(found, 2);
        for (; j > 0 && scores[at + j - 1]! < score; j--) {
          scores[at + j] = scores[at + j - 1]!;
          moves[at + j] = moves[at + j - 1]!;
        }
        scores[at + j] = score;
        moves[at + j] = delta > 0 ? col + 1 : -(col + 1);
        found = Math.min(found + 1, 3);
      }
      for (let j = 0; j < found; j++) {
        const move = moves[at + j]!;
        const col = Math.abs(move) - 1;
        const delta = move > 0 ? 1 : -1;
        this.#apply(col, delta);
        if (search(left - 1)) return true;
        this.#apply(col, -delta);
      }
      return false;
    };
    // Shallow first: most cells move in a cycle of four, and a start that fails deep would spend
    // the budget before another start's short cycle is tried.
    for (const limit of depth > 4 ? [4, depth] : [depth]) {
      for (const col of cols) {
        for (const delta of [1, -1]) {
          if (!this.#fits(col, delta)) continue;
          this.#reset();
          this.#apply(col, delta);
          if (search(limit - 1)) return delta;
        }
      }
    }
    return 0;
  }

  /** Whether the unknown stays within its own bounds (x ≥ 0; a published cell cannot move). */
  #fits(col: number, delta: number): boolean {
    const value = this.#point[col]! + delta;
    return value >= this.#colLo[col]! && value <= this.#colHi[col]!;
  }

  #outside(r: number, value: number): boolean {
    return value < this.#rowLo[r]! || value > this.#rowHi[r]!;
  }

  /** Broken rows that moving `col` by `delta` repairs, minus the rows it breaks. */
  #score(col: number, delta: number): number {
    let score = 0;
    for (let k = this.#colStart[col]!; k < this.#colStart[col + 1]!; k++) {
      const r = this.#colRows[k]!;
      score += this.#isBroken[r]!;
      if (this.#outside(r, this.#activity[r]! + this.#change[r]! + this.#colCoef[k]! * delta)) score--;
    }
    return score;
  }

  /** Adds (or, with the opposite delta, takes back) a move of one unknown. */
  #apply(col: number, delta: number): void {
    this.#moved[col] = this.#moved[col] ? 0 : 1;
    if (this.#moved[col]) this.#movedList.push(col);
    for (let k = this.#colStart[col]!; k < this.#colStart[col + 1]!; k++) {
      const r = this.#colRows[k]!;
      const change = (this.#change[r] = this.#change[r]! + this.#colCoef[k]! * delta);
      this.#touched.push(r);
      const broken = change !== 0 && this.#outside(r, this.#activity[r]! + change);
      if (broken) this.#broken.add(r);
      else this.#broken.delete(r);
      this.#isBroken[r] = broken ? 1 : 0;
    }
  }

  #reset(): void {
    for (const r of this.#touched) {
      this.#change[r] = 0;
      this.#isBroken[r] = 0;
    }
    for (const col of this.#movedList) this.#moved[col] = 0;
    this.#touched.length = 0;
    this.#movedList.length = 0;
    this.#broken.clear();
  }
}
