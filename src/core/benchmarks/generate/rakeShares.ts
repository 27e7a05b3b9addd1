/** A cell of a breakdown while it is generated: its weight and its share vector (canonical order). */
export interface RakeCell {
  weight: number;
  shares: number[];
}

/**
 * Scales each category across all cells, then renormalises each cell, until the weight-averaged
 * shares equal `target` (iterative proportional fitting on two margins: per cell, shares add to 1;
 * per category, the weighted sum matches the target). Mutates and returns the cells.
 */
export function rakeShares(cells: RakeCell[], target: readonly number[], tolerance = 1e-12): RakeCell[] {
  const totalWeight = cells.reduce((s, c) => s + c.weight, 0);
  for (let iteration = 0; iteration < 500; iteration++) {
    const sums = target.map((_, k) => cells.reduce((s, c) => s + c.weight * (c.shares[k] ?? 0), 0) / totalWeight);
    if (sums.every((v, k) => Math.abs(v - (target[k] ?? 0)) < tolerance)) break;
    const factors = sums.map((v, k) => (v > 0 ? (target[k] ?? 0) / v : 0));
    for (const cell of cells) {
      const scaled = cell.shares.map((v, k) => v * (factors[k] ?? 0));
      const sum = scaled.reduce((a, b) => a + b, 0);
      cell.shares = scaled.map((v) => (sum > 0 ? v / sum : 0));
    }
  }
  return cells;
}

/** Parent shares tilted by odds factors for the non-base categories, renormalised. */
export function tiltShares(parent: readonly number[], factors: readonly number[]): number[] {
  const raw = parent.map((v, k) => v * (k === 0 ? 1 : (factors[k - 1] ?? 1)));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((v) => v / sum);
}

/** Rounds shares to `digits` decimals and lets the last category absorb the rounding, so they add to 1. */
export function roundShares(shares: readonly number[], digits = 5): number[] {
  const f = 10 ** digits;
  const head = shares.slice(0, -1).map((v) => Math.round(v * f) / f);
  const last = Math.round((1 - head.reduce((a, b) => a + b, 0)) * f) / f;
  return [...head, last];
}
