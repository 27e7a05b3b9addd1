import { describe, expect, it } from 'vitest';
import { LocalMoves } from '../../../src/core/privacy/audit/localMoves';
import type { LpProblem } from '../../../src/core/privacy/audit/lpSolver';

/** Rows of 0/1 coefficients, each fixed at its value (an equation). */
function problem(columns: number, rows: Array<{ cols: number[]; value: number }>): LpProblem {
  const rowStarts = new Int32Array(rows.length + 1);
  rows.forEach((row, r) => (rowStarts[r + 1] = rowStarts[r]! + row.cols.length));
  return {
    columns,
    rowStarts,
    rowIndices: Int32Array.from(rows.flatMap((row) => row.cols)),
    rowValues: Float64Array.from(rows.flatMap((row) => row.cols.map(() => 1))),
    rowLower: Float64Array.from(rows, (row) => row.value),
    rowUpper: Float64Array.from(rows, (row) => row.value),
  };
}

/** A 2 × 2 table, cells x0 x1 / x2 x3, with both row sums and both column sums published. */
function square([a, b, c, d]: number[]): LocalMoves {
  const rows = [
    { cols: [0, 1], value: a! + b! },
    { cols: [2, 3], value: c! + d! },
    { cols: [0, 2], value: a! + c! },
    { cols: [1, 3], value: b! + d! },
  ];
  return new LocalMoves(problem(4, rows), Float64Array.from([a!, b!, c!, d!]));
}

describe('LocalMoves', () => {
  it('finds a cycle of four unknowns where no single unknown can move', () => {
    // 1 2 / 3 4: x0 + 1 breaks its row and column; −1 on x1 repairs the row (its column then
    // needs +1 on x3), −1 on x2 repairs both the last row and x0's column: 2 1 / 2 5 fits every sum.
    expect(square([1, 2, 3, 4]).shift([0])).toBe(1);
    // The same cell alone with a limit of two unknowns: no move fits.
    expect(square([1, 2, 3, 4]).shift([0], 2)).toBe(0);
  });

  it('moves down when up is blocked', () => {
    // 1 0 / 0 4: x0 + 1 needs x1 − 1 (x1 is 0); x0 − 1 with x1 + 1, x3 − 1, x2 + 1 gives 0 1 / 1 3.
    expect(square([1, 0, 0, 4]).shift([0])).toBe(-1);
  });

  it('finds nothing for a cell pinned by x ≥ 0', () => {
    // 0 0 / 3 4: x0's row adds up to 0, so x0 and x1 are both 0 at every feasible point.
    expect(square([0, 0, 3, 4]).shift([0])).toBe(0);
    // x2 is then pinned at 3 by its column: x2 − 1 needs x0 + 1, which needs x1 − 1 (x1 is 0);
    // x2 + 1 needs x0 − 1 (x0 is 0).
    expect(square([0, 0, 3, 4]).shift([2])).toBe(0);
  });

  it('respects inequality rows: a move that leaves a bound is not a move', () => {
    // x0 + x1 = 3 and 1 ≤ x0 ≤ 1 (what a reason tells): x0 is pinned at 1, x1 at 2.
    const bounded = problem(2, [{ cols: [0, 1], value: 3 }, { cols: [0], value: 1 }]);
    const moves = new LocalMoves(bounded, Float64Array.from([1, 2]));
    expect(moves.shift([1])).toBe(0);
    // Loosen the bound to 1..4: x1 + 1 would need x0 − 1 (below 1); x1 − 1 with x0 + 1 fits.
    const loose: LpProblem = { ...bounded, rowUpper: Float64Array.from([3, 4]) };
    expect(new LocalMoves(loose, Float64Array.from([1, 2])).shift([1])).toBe(-1);
  });

  it('never moves a fixed unknown (a published cell) and skips free rows', () => {
    // 1 2 / 3 4 with x1 published (fixed at 2): the only cycle through x0 runs through x1, so x0
    // cannot move. With x1's row free (hidden) instead, x0 + 1 with x2 − 1 breaks only row 1
    // (x2 + x3 = 7), which x3 + 1 repairs, and column 1 (x1 + x3 = 6) then takes x1 − 1: still a move.
    const rows = [{ cols: [0, 1], value: 3 }, { cols: [2, 3], value: 7 }, { cols: [0, 2], value: 4 }, { cols: [1, 3], value: 6 }];
    const base = problem(4, rows);
    const point = Float64Array.from([1, 2, 3, 4]);
    const fixedX1 = { ...base, colLower: Float64Array.from([0, 2, 0, 0]), colUpper: Float64Array.from([Infinity, 2, Infinity, Infinity]) };
    expect(new LocalMoves(fixedX1, point).shift([0])).toBe(0);
    const freeRow0 = { ...base, rowLower: Float64Array.from([-Infinity, 7, 4, 6]), rowUpper: Float64Array.from([Infinity, 7, 4, 6]) };
    expect(new LocalMoves(freeRow0, point).shift([0])).toBe(1);
    // Both: x0 + 1, x2 − 1, x3 + 1 and then column 1 needs x1 − 1, which is fixed: no move.
    expect(new LocalMoves({ ...freeRow0, colLower: fixedX1.colLower, colUpper: fixedX1.colUpper }, point).shift([0])).toBe(0);
  });
});
