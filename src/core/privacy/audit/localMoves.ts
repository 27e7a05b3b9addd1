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
  readonly #moved = new Set<number>();

  constructor(problem: LpProblem, point: Float64Array) {
    const { columns, rowStarts, rowIndices, rowValues, rowLower } = problem;
    const rows = rowLower.length;
    this.#problem = problem;
    this.#point = point;
    this.#activity = new Float64Array(rows);
    this.#change = new Float64Array(rows);
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
    const own = new Set(cols);
    let steps = 0;
    const search = (left: number): boolean => {
      if (this.#broken.size === 0) return true;
      if (left === 0 || ++steps > budget) return false;
      const { rowStarts } = this.#problem;
      let r = -1;
      for (const b of this.#broken) if (r < 0 || rowStarts[b + 1]! - rowStarts[b]! < rowStarts[r + 1]! - rowStarts[r]!) r = b;
      const need = this.#activity[r]! + this.#change[r]! > this.#problem.rowUpper[r]! + EPS ? -1 : 1;
      const best: Array<{ score: number; col: number; delta: number }> = [];
      for (let i = this.#rowStart[r]!; i < this.#rowStart[r + 1]!; i++) {
        const col = this.#rowCols[i]!;
        const delta = need * this.#rowCoef[i]!;
        if (Math.abs(delta) !== 1 || own.has(col) || this.#moved.has(col) || !this.#fits(col, delta)) continue;
        const score = this.#score(col, delta);
        if (best.length === 3 && score <= best[2]!.score) continue;
        best.push({ score, col, delta });
        best.sort((a, b) => b.score - a.score);
        if (best.length > 3) best.pop();
      }
      for (const { col, delta } of best) {
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
    const { colLower, colUpper } = this.#problem;
    return value >= (colLower?.[col] ?? 0) - EPS && value <= (colUpper?.[col] ?? Infinity) + EPS;
  }

  #outside(r: number, value: number): boolean {
    return value < this.#problem.rowLower[r]! - EPS || value > this.#problem.rowUpper[r]! + EPS;
  }

  /** Broken rows that moving `col` by `delta` repairs, minus the rows it breaks. */
  #score(col: number, delta: number): number {
    let score = 0;
    for (let k = this.#colStart[col]!; k < this.#colStart[col + 1]!; k++) {
      const r = this.#colRows[k]!;
      if (this.#broken.has(r)) score++;
      if (this.#outside(r, this.#activity[r]! + this.#change[r]! + this.#colCoef[k]! * delta)) score--;
    }
    return score;
  }

  /** Adds (or, with the opposite delta, takes back) a move of one unknown. */
  #apply(col: number, delta: number): void {
    if (this.#moved.has(col)) this.#moved.delete(col);
    else this.#moved.add(col);
    for (let k = this.#colStart[col]!; k < this.#colStart[col + 1]!; k++) {
      const r = this.#colRows[k]!;
      const change = (this.#change[r] = this.#change[r]! + this.#colCoef[k]! * delta);
      this.#touched.push(r);
      if (change !== 0 && this.#outside(r, this.#activity[r]! + change)) this.#broken.add(r);
      else this.#broken.delete(r);
    }
  }

  #reset(): void {
    for (const r of this.#touched) this.#change[r] = 0;
    this.#touched.length = 0;
    this.#broken.clear();
    this.#moved.clear();
  }
}
