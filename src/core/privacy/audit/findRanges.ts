import { findFeasible, minimise, type FeasibleRegion } from './solveLp';

/** Unknown counts x ≥ 0 tied by published sums; each target is a hidden cell as a sum of unknowns. */
export interface AuditModel {
  variableCount: number;
  /** Σ x[vars] = rhs: one per published cell that involves an unknown. */
  equations: Array<{ vars: number[]; rhs: number }>;
  /** One per hidden cell: the unknowns it adds up. */
  targets: number[][];
}

export interface Range {
  min: number;
  max: number;
}

/**
 * The smallest and largest value each target can take given every equation and x ≥ 0 (exact LP
 * bounds, up to float tolerance). Unknowns split into independent components (linked by shared
 * equations), so each LP stays as small as the linkage allows and phase 1 runs once per component.
 */
export function findRanges(model: AuditModel): Range[] {
  const parent = Int32Array.from({ length: model.variableCount }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  for (const { vars } of model.equations) for (const v of vars) parent[find(v)] = find(vars[0]!);
  const local = new Int32Array(model.variableCount);
  const members = new Map<number, number[]>();
  for (let v = 0; v < model.variableCount; v++) {
    const root = find(v);
    const list = members.get(root) ?? [];
    local[v] = list.length;
    list.push(v);
    members.set(root, list);
  }
  const regions = new Map<number, FeasibleRegion | 'free'>();
  const equationsOf = new Map<number, AuditModel['equations']>();
  for (const eq of model.equations) {
    if (eq.vars.length === 0) continue;
    const root = find(eq.vars[0]!);
    equationsOf.set(root, [...(equationsOf.get(root) ?? []), eq]);
  }
  const regionOf = (root: number): FeasibleRegion | 'free' => {
    const known = regions.get(root);
    if (known) return known;
    const eqs = equationsOf.get(root) ?? [];
    const n = members.get(root)!.length;
    const a = eqs.map(({ vars }) => {
      const row = new Array<number>(n).fill(0);
      for (const v of vars) row[local[v]!] = row[local[v]!]! + 1;
      return row;
    });
    const region = eqs.length === 0 ? 'free' : findFeasible(a, eqs.map((e) => e.rhs), n);
    if (region === null) throw new Error('The published values contradict each other: no counts fit them.');
    regions.set(root, region);
    return region;
  };
  return model.targets.map((vars) => {
    const parts = new Map<number, number[]>();
    for (const v of vars) {
      const root = find(v);
      parts.set(root, [...(parts.get(root) ?? []), v]);
    }
    let min = 0;
    let max = 0;
    for (const [root, part] of parts) {
      const region = regionOf(root);
      if (region === 'free') {
        max = Infinity;
        continue;
      }
      const c = new Float64Array(region.n);
      for (const v of part) c[local[v]!] = c[local[v]!]! + 1;
      min += minimise(region, c);
      max -= minimise(region, c.map((x) => -x));
    }
    return { min, max };
  });
}

/** Pinned: fewer than one person of play, i.e. the hidden value follows from the published ones. */
export function isPinned(range: Range): boolean {
  return range.max - range.min < 1 - 1e-6;
}
