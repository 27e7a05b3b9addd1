import type { LpProblem } from './lpSolver';

const EPS = 1e-9;

/**
 * Witnesses without a linear program: from the true counts (a feasible point), move one unknown,
 * or two that sit in exactly the same published sums in opposite directions, by one person, and
 * check that every row still holds. If a hidden cell's sum changes by one under such a move, its
 * interval holds two whole numbers (the true value and its neighbour). On large tables almost every
 * hidden cell is settled this way; only the rest needs the solver.
 */
export class LocalMoves {
  readonly #point: Float64Array;
  readonly #activity: Float64Array;
  readonly #lower: Float64Array;
  readonly #upper: Float64Array;
  readonly #colStart: Int32Array;
  readonly #colRows: Int32Array;
  readonly #colCoef: Float64Array;
  /** Per column: the columns with the same equality rows (same coefficients), itself included. */
  readonly #twins: number[][];

  constructor(problem: LpProblem, point: Float64Array) {
    const { columns, rowStarts, rowIndices, rowValues, rowLower, rowUpper } = problem;
    const rows = rowLower.length;
    this.#point = point;
    this.#lower = rowLower;
    this.#upper = rowUpper;
    this.#activity = new Float64Array(rows);
    const colStart = new Int32Array(columns + 1);
    for (let r = 0; r < rows; r++) {
      for (let i = rowStarts[r]!; i < rowStarts[r + 1]!; i++) {
        this.#activity[r] = this.#activity[r]! + rowValues[i]! * point[rowIndices[i]!]!;
        colStart[rowIndices[i]! + 1] = colStart[rowIndices[i]! + 1]! + 1;
      }
    }
    for (let c = 0; c < columns; c++) colStart[c + 1] = colStart[c + 1]! + colStart[c]!;
    const fill = colStart.slice(0, columns);
    const colRows = new Int32Array(rowIndices.length);
    const colCoef = new Float64Array(rowIndices.length);
    const signature: string[] = new Array(columns).fill('');
    for (let r = 0; r < rows; r++) {
      const equality = rowUpper[r]! - rowLower[r]! <= EPS;
      for (let i = rowStarts[r]!; i < rowStarts[r + 1]!; i++) {
        const c = rowIndices[i]!;
        colRows[fill[c]!] = r;
        colCoef[fill[c]!] = rowValues[i]!;
        fill[c] = fill[c]! + 1;
        if (equality) signature[c] += `${r}:${rowValues[i]},`;
      }
    }
    this.#colStart = colStart;
    this.#colRows = colRows;
    this.#colCoef = colCoef;
    const groups = new Map<string, number[]>();
    this.#twins = signature.map((sig, c) => {
      let group = groups.get(sig);
      if (!group) groups.set(sig, (group = []));
      group.push(c);
      return group;
    });
  }

  /** +1 or −1 when some move changes the sum of `cols` by that much and keeps every row; 0 if none found. */
  shift(cols: number[], tries = 16): number {
    for (const c of cols) {
      if (this.#fits([c], [1])) return 1;
      if (this.#fits([c], [-1])) return -1;
    }
    const own = new Set(cols);
    for (const c of cols) {
      let left = tries;
      for (const twin of this.#twins[c]!) {
        if (own.has(twin)) continue;
        if (this.#fits([c, twin], [1, -1])) return 1;
        if (this.#fits([c, twin], [-1, 1])) return -1;
        if (--left === 0) break;
      }
    }
    return 0;
  }

  /** Whether moving cols[i] by deltas[i] keeps x ≥ 0 and every row within its bounds. */
  #fits(cols: number[], deltas: number[]): boolean {
    const change = new Map<number, number>();
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i]!;
      if (this.#point[c]! + deltas[i]! < -EPS) return false;
      for (let k = this.#colStart[c]!; k < this.#colStart[c + 1]!; k++) {
        const r = this.#colRows[k]!;
        change.set(r, (change.get(r) ?? 0) + this.#colCoef[k]! * deltas[i]!);
      }
    }
    for (const [r, d] of change) {
      if (d === 0) continue;
      const a = this.#activity[r]! + d;
      if (a < this.#lower[r]! - EPS || a > this.#upper[r]! + EPS) return false;
    }
    return true;
  }
}
