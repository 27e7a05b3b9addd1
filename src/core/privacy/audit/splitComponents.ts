import type { LpProblem } from './lpSolver';

/** Unknown counts x ≥ 0 tied by published sums; each target is a hidden cell as a sum of unknowns. */
export interface AuditModel {
  variableCount: number;
  /**
   * Σ x[vars] = rhs: one per published cell that involves an unknown. With `coefs` (one per var),
   * Σ coefs[i] · x[vars[i]] = rhs instead: signed rows such as a stock–flow link (publishFlows).
   */
  equations: Array<{ vars: number[]; rhs: number; coefs?: number[]; free?: boolean }>;
  /**
   * Per unknown, when given: NaN, or the value it is fixed at (a published cell). With `free`
   * equations (sums hidden now, which bind nothing) this keeps one matrix from one repair round to
   * the next, where only bounds change: its LP model can then be kept (LpModel.rebound).
   */
  fixed?: ArrayLike<number>;
  /** One per hidden cell: the unknowns it adds up. */
  targets: number[][];
  /** What the reason of a hidden cell tells: min ≤ Σ x[vars] ≤ max (e.g. 1..cellMin−1 for 'cell-too-small'). */
  bounds?: Array<{ vars: number[]; min?: number; max?: number }>;
  /**
   * A point known to satisfy every row, when the caller has one (the true counts): the first
   * witness of every target, so only doubtful targets need a linear program of their own.
   */
  truth?: ArrayLike<number>;
}

/** Unknowns linked by shared rows: independent parts of the model, each its own LP. */
export interface Components {
  /** Per unknown: its component, or -1 when no row mentions it (it can be anything ≥ 0). */
  component: Int32Array;
  /** Per unknown: its column within its component. */
  local: Int32Array;
  problems: LpProblem[];
  /** Per problem, per row: the index of the equation it came from (model.equations), or -1 for a bound. */
  rowOrigin: Int32Array[];
}

export function splitComponents(model: AuditModel): Components {
  const n = model.variableCount;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  const rows: Array<{ vars: number[]; coefs?: number[]; lower: number; upper: number; origin: number }> = model.equations.map(
    ({ vars, rhs, coefs, free }, origin) => ({ vars, coefs, lower: free ? -Infinity : rhs, upper: free ? Infinity : rhs, origin }),
  );
  for (const { vars, min, max } of model.bounds ?? []) rows.push({ vars, lower: min ?? -Infinity, upper: max ?? Infinity, origin: -1 });
  const used = new Uint8Array(n);
  for (const { vars } of rows) {
    for (const v of vars) {
      used[v] = 1;
      parent[find(v)] = find(vars[0]!);
    }
  }
  const component = new Int32Array(n).fill(-1);
  const local = new Int32Array(n);
  const ids = new Map<number, number>();
  const sizes: number[] = [];
  for (let v = 0; v < n; v++) {
    if (!used[v]) continue;
    const root = find(v);
    if (!ids.has(root)) ids.set(root, ids.size);
    const c = ids.get(root)!;
    component[v] = c;
    local[v] = sizes[c] ?? 0;
    sizes[c] = local[v]! + 1;
  }
  const grouped: Array<typeof rows> = sizes.map(() => []);
  for (const row of rows) if (row.vars.length > 0) grouped[component[row.vars[0]!]!]!.push(row);
  const members: number[][] = sizes.map(() => []);
  if (model.fixed) for (let v = 0; v < n; v++) if (component[v]! >= 0) members[component[v]!]!.push(v);
  const problems = grouped.map((own, c): LpProblem => {
    const rowStarts = new Int32Array(own.length + 1);
    own.forEach((row, r) => (rowStarts[r + 1] = rowStarts[r]! + new Set(row.vars).size));
    const rowIndices = new Int32Array(rowStarts[own.length]!);
    const rowValues = new Float64Array(rowIndices.length);
    own.forEach((row, r) => {
      // A sum may name an unknown twice (never in publish()'s own rows): one entry, coefficient 2.
      const counts = new Map<number, number>();
      row.vars.forEach((v, i) => counts.set(local[v]!, (counts.get(local[v]!) ?? 0) + (row.coefs?.[i] ?? 1)));
      let i = rowStarts[r]!;
      for (const [col, k] of [...counts].sort((a, b) => a[0] - b[0])) {
        rowIndices[i] = col;
        rowValues[i++] = k;
      }
    });
    return {
      columns: sizes[c]!,
      rowStarts,
      rowIndices,
      rowValues,
      rowLower: Float64Array.from(own, (r) => r.lower),
      rowUpper: Float64Array.from(own, (r) => r.upper),
      ...(model.fixed && columnBounds(members[c]!, local, model.fixed)),
    };
  });
  return { component, local, problems, rowOrigin: grouped.map((own) => Int32Array.from(own, (r) => r.origin)) };
}

/** Column bounds of one component: a fixed unknown at its value, the others 0 ≤ x. */
function columnBounds(vars: number[], local: Int32Array, fixed: ArrayLike<number>): Pick<LpProblem, 'colLower' | 'colUpper'> {
  const colLower = new Float64Array(vars.length);
  const colUpper = new Float64Array(vars.length).fill(Infinity);
  for (const v of vars) {
    if (Number.isNaN(fixed[v]!)) continue;
    colLower[local[v]!] = fixed[v]!;
    colUpper[local[v]!] = fixed[v]!;
  }
  return { colLower, colUpper };
}
