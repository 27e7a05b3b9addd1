const EPS = 1e-9;

/**
 * The feasible region { x ≥ 0 : A x = b } as a simplex tableau in a feasible basis (phase 1 done
 * once), so many objectives can be minimised over it cheaply. Dense, floating point with a
 * tolerance, Bland's rule (no cycling). Meant for the small systems of the audit, not for speed.
 */
export interface FeasibleRegion {
  /** Number of variables. */
  n: number;
  rows: Float64Array[];
  basis: number[];
}

/** Phase 1: a feasible basis, or null when no x ≥ 0 satisfies A x = b. */
export function findFeasible(a: number[][], b: number[], n: number): FeasibleRegion | null {
  const m = a.length;
  const width = n + m + 1;
  const rows = a.map((row, i) => {
    const t = new Float64Array(width);
    const sign = b[i]! < 0 ? -1 : 1;
    row.forEach((v, j) => (t[j] = sign * v));
    t[n + i] = 1;
    t[width - 1] = sign * b[i]!;
    return t;
  });
  const basis = rows.map((_, i) => n + i);
  const cost = new Float64Array(width);
  for (let j = n; j < n + m; j++) cost[j] = 1;
  const reduced = reducedCosts(rows, basis, cost);
  if (iterate(rows, basis, reduced, n + m) === 'unbounded') throw new Error('Phase 1 cannot be unbounded.');
  const scale = Math.max(1, ...b.map(Math.abs));
  if (-reduced[width - 1]! > EPS * scale * (m + 1)) return null;
  const kept: Float64Array[] = [];
  const keptBasis: number[] = [];
  rows.forEach((row, i) => {
    if (basis[i]! >= n) {
      let j = 0;
      while (j < n && Math.abs(row[j]!) <= EPS) j++;
      if (j === n) return;
      pivot(rows, basis, [reduced], i, j);
    }
    kept.push(row);
    keptBasis.push(basis[i]!);
  });
  return {
    n,
    rows: kept.map((row) => Float64Array.from([...row.subarray(0, n), row[width - 1]!])),
    basis: keptBasis,
  };
}

/** The minimum of c·x (-Infinity when unbounded below) and a point x that attains it. */
export function solve(region: FeasibleRegion, c: ArrayLike<number>): { value: number; point?: Float64Array } {
  const rows = region.rows.map((r) => r.slice());
  const basis = [...region.basis];
  const cost = new Float64Array(region.n + 1);
  for (let j = 0; j < region.n; j++) cost[j] = c[j] ?? 0;
  const reduced = reducedCosts(rows, basis, cost);
  if (iterate(rows, basis, reduced, region.n) === 'unbounded') return { value: -Infinity };
  const point = new Float64Array(region.n);
  rows.forEach((row, i) => (point[basis[i]!] = row[region.n]!));
  return { value: -reduced[region.n]!, point };
}

/** Reduced costs c_j − c_B B⁻¹ A_j; the last entry holds −(objective value). */
function reducedCosts(rows: Float64Array[], basis: number[], cost: Float64Array): Float64Array {
  const reduced = cost.slice();
  rows.forEach((row, i) => {
    const cb = cost[basis[i]!]!;
    if (cb !== 0) for (let j = 0; j < row.length; j++) reduced[j] = reduced[j]! - cb * row[j]!;
  });
  return reduced;
}

function iterate(rows: Float64Array[], basis: number[], reduced: Float64Array, columns: number): 'optimal' | 'unbounded' {
  const rhs = reduced.length - 1;
  for (;;) {
    let enter = -1;
    for (let j = 0; j < columns; j++) {
      if (reduced[j]! < -EPS) {
        enter = j;
        break;
      }
    }
    if (enter < 0) return 'optimal';
    let leave = -1;
    let best = Infinity;
    rows.forEach((row, i) => {
      if (row[enter]! <= EPS) return;
      const ratio = row[rhs]! / row[enter]!;
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leave]!)) {
        best = ratio;
        leave = i;
      }
    });
    if (leave < 0) return 'unbounded';
    pivot(rows, basis, [reduced], leave, enter);
  }
}

function pivot(rows: Float64Array[], basis: number[], extra: Float64Array[], r: number, c: number): void {
  const prow = rows[r]!;
  const p = prow[c]!;
  for (let j = 0; j < prow.length; j++) prow[j] = prow[j]! / p;
  const eliminate = (row: Float64Array) => {
    const f = row[c]!;
    if (row === prow || f === 0) return;
    for (let j = 0; j < row.length; j++) row[j] = row[j]! - f * prow[j]!;
  };
  rows.forEach(eliminate);
  extra.forEach(eliminate);
  basis[r] = c;
}
