import type { LpProblem, LpSolver } from './lpSolver';

/** A target's part within one component, as findRanges holds it. */
interface Part {
  cols: number[];
}

/**
 * Witnesses from small LPs: the unknowns of one block (e.g. one unit: all its years, levels and
 * categories) may move while every other unknown stays at its true count. Fixing unknowns only
 * shrinks the feasible region, so every point found is feasible for the whole table too; but the
 * LP has a block's few dozen columns instead of the table's thousands. Targets that stay doubtful
 * here go to the LP over the whole component.
 */
export function blockWitnesses(
  problem: LpProblem,
  truth: Float64Array,
  blockOfCol: Int32Array,
  parts: Part[],
  doubtful: (part: number) => boolean,
  record: (part: number, value: number) => void,
  solver: LpSolver,
): void {
  const { rowStarts, rowIndices, rowValues, rowLower, rowUpper } = problem;
  const rows = rowLower.length;
  const activity = new Float64Array(rows);
  const colStart = new Int32Array(problem.columns + 1);
  for (let r = 0; r < rows; r++) {
    for (let i = rowStarts[r]!; i < rowStarts[r + 1]!; i++) {
      activity[r] = activity[r]! + rowValues[i]! * truth[rowIndices[i]!]!;
      colStart[rowIndices[i]! + 1] = colStart[rowIndices[i]! + 1]! + 1;
    }
  }
  for (let c = 0; c < problem.columns; c++) colStart[c + 1] = colStart[c + 1]! + colStart[c]!;
  const fill = colStart.slice(0, problem.columns);
  const colRows = new Int32Array(rowIndices.length);
  for (let r = 0; r < rows; r++) {
    for (let i = rowStarts[r]!; i < rowStarts[r + 1]!; i++) colRows[fill[rowIndices[i]!]!++] = r;
  }
  const blockCols = new Map<number, number[]>();
  blockOfCol.forEach((b, col) => (blockCols.get(b) ?? blockCols.set(b, []).get(b)!).push(col));
  // Per block: the parts with columns in it (and those columns), and the parts wholly inside it.
  const touching = new Map<number, Array<{ part: number; cols: number[] }>>();
  const inside = new Map<number, number[]>();
  const truthOf = parts.map((p) => p.cols.reduce((s, col) => s + truth[col]!, 0));
  parts.forEach((p, part) => {
    const byBlock = new Map<number, number[]>();
    for (const col of p.cols) (byBlock.get(blockOfCol[col]!) ?? byBlock.set(blockOfCol[col]!, []).get(blockOfCol[col]!)!).push(col);
    for (const [b, cols] of byBlock) (touching.get(b) ?? touching.set(b, []).get(b)!).push({ part, cols });
    if (byBlock.size === 1) {
      const b = blockOfCol[p.cols[0]!]!;
      (inside.get(b) ?? inside.set(b, []).get(b)!).push(part);
    }
  });
  const sub = new Int32Array(problem.columns).fill(-1);
  for (const [b, own] of inside) {
    if (!own.some(doubtful)) continue;
    const cols = blockCols.get(b)!;
    cols.forEach((col, i) => (sub[col] = i));
    const model = solver.model(restrict(problem, cols, sub, colStart, colRows, activity, truth));
    const push = (cost: Float64Array) => {
      const outcome = model.minimise(cost);
      if (outcome.status !== 'optimal') return;
      for (const { part, cols: own } of touching.get(b)!) {
        let value = truthOf[part]!;
        for (const col of own) value += outcome.point[sub[col]!]! - truth[col]!;
        record(part, value);
      }
    };
    try {
      // First all doubtful targets of the block at once (both ways), then each on its own.
      for (let round = 0; round < 3; round++) {
        const left = own.filter(doubtful);
        if (left.length === 0) break;
        const cost = new Float64Array(cols.length);
        left.forEach((part, i) => {
          const weight = round === 0 || (i * 2654435761 + round * 40503) % 7 < 4 ? 1 : -1;
          for (const col of parts[part]!.cols) cost[sub[col]!] = cost[sub[col]!]! + weight;
        });
        push(cost);
        push(cost.map((x) => -x));
      }
      for (const part of own) {
        for (const sign of [-1, 1]) {
          if (!doubtful(part)) break;
          const cost = new Float64Array(cols.length);
          for (const col of parts[part]!.cols) cost[sub[col]!] = cost[sub[col]!]! + sign;
          push(cost);
        }
      }
    } finally {
      model.dispose();
      for (const col of cols) sub[col] = -1;
    }
  }
}

/** The rows touching the block's columns, over those columns only, the rest held at the truth. */
function restrict(
  problem: LpProblem,
  cols: number[],
  sub: Int32Array,
  colStart: Int32Array,
  colRows: Int32Array,
  activity: Float64Array,
  truth: Float64Array,
): LpProblem {
  const rowSet = new Set<number>();
  for (const col of cols) for (let k = colStart[col]!; k < colStart[col + 1]!; k++) rowSet.add(colRows[k]!);
  const rows = [...rowSet].sort((a, b) => a - b);
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const lower = new Float64Array(rows.length);
  const upper = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    let outside = activity[r]!;
    for (let k = problem.rowStarts[r]!; k < problem.rowStarts[r + 1]!; k++) {
      const col = problem.rowIndices[k]!;
      if (sub[col]! < 0) continue;
      outside -= problem.rowValues[k]! * truth[col]!;
      indices.push(sub[col]!);
      values.push(problem.rowValues[k]!);
    }
    starts.push(indices.length);
    lower[i] = problem.rowLower[r]! - outside;
    upper[i] = problem.rowUpper[r]! - outside;
  });
  return {
    columns: cols.length,
    rowStarts: Int32Array.from(starts),
    rowIndices: Int32Array.from(indices),
    rowValues: Float64Array.from(values),
    rowLower: lower,
    rowUpper: upper,
  };
}
