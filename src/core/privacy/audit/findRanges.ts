import { findFeasible, solve, type FeasibleRegion } from './solveLp';

/** Unknown counts x ≥ 0 tied by published sums; each target is a hidden cell as a sum of unknowns. */
export interface AuditModel {
  variableCount: number;
  /** Σ x[vars] = rhs: one per published cell that involves an unknown. */
  equations: Array<{ vars: number[]; rhs: number }>;
  /** One per hidden cell: the unknowns it adds up. */
  targets: number[][];
  /** What the reason of a hidden cell tells: min ≤ Σ x[vars] ≤ max (e.g. 1..cellMin−1 for 'cell-too-small'). */
  bounds?: Array<{ vars: number[]; min?: number; max?: number }>;
}

export interface Range {
  min: number;
  max: number;
}

/** Pinned: less than one person of play, i.e. the hidden value follows from the published ones. */
export function isPinned(range: Range): boolean {
  return range.max - range.min < 1 - 1e-6;
}

/** The exact smallest and largest value of every target given the equations and x ≥ 0 (LP bounds). */
export function findRanges(model: AuditModel): Range[] {
  const system = splitComponents(model);
  return model.targets.map((vars) => exactRange(system, vars));
}

/**
 * The targets that are pinned, with their exact range. Cheap first: every LP solution found so far
 * is a feasible point, and a target that already differs by one person between two known points
 * cannot be pinned, so most targets need no LP of their own.
 */
export function findPinned(model: AuditModel): Array<{ index: number; range: Range }> {
  const system = splitComponents(model);
  seedPoints(system);
  const pinned: Array<{ index: number; range: Range }> = [];
  model.targets.forEach((vars, index) => {
    if (!isPinned(witnessedRange(system, vars))) return;
    const range = exactRange(system, vars);
    if (isPinned(range)) pinned.push({ index, range });
  });
  return pinned;
}

interface Component {
  region: FeasibleRegion | 'free';
  /** Feasible points seen so far, in local variable numbering. */
  points: Float64Array[];
}

interface System {
  component: Int32Array;
  local: Int32Array;
  components: Component[];
}

/** Unknowns linked by shared equations form one component; each gets its own phase 1. */
function splitComponents(model: AuditModel): System {
  const parent = Int32Array.from({ length: model.variableCount }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  // Σ x[vars] + slack × s = rhs, with s ≥ 0 a slack column of its own when slack ≠ 0.
  const rows: Array<{ vars: number[]; rhs: number; slack: number }> = model.equations.map((e) => ({ ...e, slack: 0 }));
  for (const { vars, min, max } of model.bounds ?? []) {
    if (min !== undefined) rows.push({ vars, rhs: min, slack: -1 });
    if (max !== undefined) rows.push({ vars, rhs: max, slack: 1 });
  }
  for (const { vars } of rows) for (const v of vars) parent[find(v)] = find(vars[0]!);
  const component = new Int32Array(model.variableCount);
  const local = new Int32Array(model.variableCount);
  const ids = new Map<number, number>();
  const sizes: number[] = [];
  for (let v = 0; v < model.variableCount; v++) {
    const root = find(v);
    if (!ids.has(root)) ids.set(root, ids.size);
    const c = ids.get(root)!;
    component[v] = c;
    local[v] = sizes[c] ?? 0;
    sizes[c] = local[v]! + 1;
  }
  const grouped: Array<typeof rows> = sizes.map(() => []);
  for (const row of rows) if (row.vars.length > 0) grouped[component[row.vars[0]!]!]!.push(row);
  const components = sizes.map((n, c): Component => {
    const own = grouped[c]!;
    if (own.length === 0) return { region: 'free', points: [] };
    const width = n + own.filter((r) => r.slack !== 0).length;
    let slackColumn = n;
    const a = own.map(({ vars, slack }) => {
      const row = new Array<number>(width).fill(0);
      for (const v of vars) row[local[v]!] = row[local[v]!]! + 1;
      if (slack !== 0) row[slackColumn++] = slack;
      return row;
    });
    const region = findFeasible(a, own.map((r) => r.rhs), width);
    if (region === null) throw new Error('The published values contradict each other: no counts fit them.');
    return { region, points: [] };
  });
  return { component, local, components };
}

function partsOf(system: System, vars: number[]): Map<number, Float64Array> {
  const parts = new Map<number, Float64Array>();
  for (const v of vars) {
    const c = system.component[v]!;
    const comp = system.components[c]!;
    const size = comp.region === 'free' ? 0 : comp.region.n;
    let cost = parts.get(c);
    if (!cost) parts.set(c, (cost = new Float64Array(size)));
    if (size > 0) cost[system.local[v]!] = cost[system.local[v]!]! + 1;
  }
  return parts;
}

function exactRange(system: System, vars: number[]): Range {
  let min = 0;
  let max = 0;
  for (const [c, cost] of partsOf(system, vars)) {
    const comp = system.components[c]!;
    if (comp.region === 'free') {
      max = Infinity;
      continue;
    }
    const low = solve(comp.region, cost);
    const high = solve(comp.region, cost.map((x) => -x));
    for (const { point } of [low, high]) if (point) comp.points.push(point);
    min += low.value;
    max -= high.value;
  }
  return { min, max };
}

/** A few vertices per component in fixed pseudo-random directions, so the witnesses start out spread. */
function seedPoints(system: System, directions = 6): void {
  let state = 0x2545f491;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (const comp of system.components) {
    if (comp.region === 'free') continue;
    for (let i = 0; i < directions; i++) {
      const cost = Float64Array.from({ length: comp.region.n }, () => Math.floor(next() * 3) - 1);
      const { point } = solve(comp.region, cost);
      if (point) comp.points.push(point);
    }
  }
}

/** A range no wider than the true one: the target's spread over the feasible points seen so far. */
function witnessedRange(system: System, vars: number[]): Range {
  let spread = 0;
  for (const [c, cost] of partsOf(system, vars)) {
    const comp = system.components[c]!;
    if (comp.region === 'free') return { min: 0, max: Infinity };
    let low = Infinity;
    let high = -Infinity;
    for (const point of comp.points) {
      let value = 0;
      for (let j = 0; j < cost.length; j++) value += cost[j]! * point[j]!;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
    if (high >= low) spread += high - low;
  }
  return { min: 0, max: spread };
}
