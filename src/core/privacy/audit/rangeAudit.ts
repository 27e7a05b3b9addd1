import type { LpModel, LpSolver } from './lpSolver';
import { discloses, EPS, type Range } from './discloses';
import { LocalMoves } from './localMoves';
import { splitComponents, type AuditModel, type Components } from './splitComponents';
import { zeroTargets } from './zeroTargets';

/**
 * LP models kept from one audit to the next by the caller (per component; the caller disposes
 * them): a model whose component has the same shape takes the new bounds and keeps its basis.
 * Only sound when the matrix is the same, as findPinnedCells ensures with `fixed` and free rows.
 */
export type KeptModels = Map<number, { model: LpModel; columns: number; rows: number; entries: number }>;

/** A target's unknowns within one component, in that component's columns. */
interface Part {
  target: number;
  component: number;
  cols: number[];
}

/**
 * The bookkeeping behind findRanges and findPinned: per target the values seen at feasible points
 * (the true counts, moves, LP optima), and per component its LP model, kept or new.
 */
export class RangeAudit {
  readonly #split: Components;
  readonly #solver: LpSolver;
  readonly #models = new Map<number, LpModel>();
  readonly #kept: KeptModels | undefined;
  /** Per target: its parts over the unknowns some row mentions. */
  readonly #parts: Part[][];
  /** Per target: whether it includes an unknown no row mentions (so it can be anything from its minimum up). */
  readonly #free: boolean[];
  readonly #byComponent: Part[][];
  /**
   * Per component: the parts a new point may still matter for. A settled target stays settled
   * (points only widen its range), so its parts are dropped now and then: most LPs run when nearly
   * every target is settled, and scanning them all per point cost a tenth of the audit.
   */
  #open: Part[][] = [];
  #solves = 0;
  /**
   * Targets held at 0 by sums alone (zeroTargets): no move or push tries to settle them. Their
   * own LP still runs: its duals name the sum the repair then loosens, and a choice among all the
   * zero sums instead hid 45% more persons on the 2,000 × 5 bench.
   */
  readonly #zero: Set<number>;
  /** Per part: its smallest and largest value over the feasible points seen so far. */
  readonly #low = new Map<Part, number>();
  readonly #high = new Map<Part, number>();

  constructor(model: AuditModel, solver: LpSolver, witnessed?: Array<Range | undefined>, kept?: KeptModels) {
    this.#solver = solver;
    this.#kept = kept;
    const split = (this.#split = splitComponents(model));
    this.#byComponent = split.problems.map(() => []);
    this.#open = this.#byComponent;
    this.#free = model.targets.map((vars) => vars.some((v) => split.component[v]! < 0));
    this.#zero = zeroTargets(model);
    this.#parts = model.targets.map((vars, target) => {
      const byComp = new Map<number, Part>();
      for (const v of vars) {
        const c = split.component[v]!;
        if (c < 0) continue;
        let part = byComp.get(c);
        if (!part) byComp.set(c, (part = { target, component: c, cols: [] }));
        part.cols.push(split.local[v]!);
      }
      for (const part of byComp.values()) this.#byComponent[part.component]!.push(part);
      return [...byComp.values()];
    });
    // Values seen in an earlier round first: what they settle needs no move and no LP here.
    if (witnessed) this.seed(witnessed);
    if (model.truth) {
      const truth = model.truth;
      split.problems.forEach((p, c) => {
        const point = new Float64Array(p.columns);
        split.component.forEach((comp, v) => comp === c && (point[split.local[v]!] = truth[v]!));
        this.#witness(c, point);
        this.#moveByOne(c, point);
      });
    }
  }

  /** Targets that one person more or less settles (a move from the truth along a cycle of unknowns: LocalMoves), without the solver. */
  #moveByOne(c: number, truth: Float64Array): void {
    let moves: LocalMoves | undefined;
    for (const part of this.#byComponent[c]!) {
      if (this.#parts[part.target]!.length !== 1 || !this.#doubtful(part.target)) continue;
      moves ??= new LocalMoves(this.#split.problems[c]!, truth);
      const shift = moves.shift(part.cols);
      if (shift === 0) continue;
      let value = 0;
      for (const col of part.cols) value += truth[col]!;
      this.#low.set(part, Math.min(this.#low.get(part)!, value + shift));
      this.#high.set(part, Math.max(this.#high.get(part)!, value + shift));
    }
  }

  /** Values seen elsewhere at feasible points of this region, per target (single-component targets only). */
  seed(witnessed: Array<Range | undefined>): void {
    witnessed.forEach((range, t) => {
      const parts = this.#parts[t];
      if (!range || !parts || parts.length !== 1 || this.#free[t]) return;
      const part = parts[0]!;
      this.#low.set(part, Math.min(range.min, this.#low.get(part) ?? Infinity));
      this.#high.set(part, Math.max(range.max, this.#high.get(part) ?? -Infinity));
    });
  }

  /** The target's smallest and largest value over the feasible points seen (undefined: none seen). */
  witnessed(target: number): Range | undefined {
    if (this.#free[target]) return undefined;
    let min = 0;
    let max = 0;
    for (const part of this.#parts[target]!) {
      const low = this.#low.get(part);
      if (low === undefined) return undefined;
      min += low;
      max += this.#high.get(part)!;
    }
    return { min, max };
  }

  /** Neither settled by the points seen nor known to be pinned at 0: moves, pushes and LPs may still tell. */
  #doubtful(target: number): boolean {
    return !this.#zero.has(target) && !this.settled(target);
  }

  /** Whether the points seen so far prove that the target's interval holds two whole numbers. */
  settled(target: number): boolean {
    if (this.#free[target]) return true;
    const range = this.witnessed(target);
    return range !== undefined && !discloses(range);
  }

  /** Per component: minimise and maximise the sum of its doubtful targets (then mixed signs), while a round settles a tenth of them. */
  pushTogether(rounds = 16): void {
    this.#byComponent.forEach((parts, c) => {
      let doubtful = parts.filter((p) => this.#doubtful(p.target));
      for (let round = 0; round < rounds && doubtful.length > 0; round++) {
        const cost = new Float64Array(this.#split.problems[c]!.columns);
        doubtful.forEach((part, i) => {
          const weight = round === 0 || (i * 2654435761 + round * 40503) % 7 < 4 ? 1 : -1;
          for (const col of part.cols) cost[col] = cost[col]! + weight;
        });
        this.#solve(c, cost);
        this.#solve(c, cost.map((x) => -x));
        const left = doubtful.filter((p) => this.#doubtful(p.target));
        if (left.length > 0.9 * doubtful.length) break;
        doubtful = left;
      }
    });
  }

  /**
   * The exact range; with `early`, stops as soon as the interval is shown to hold two whole numbers.
   * `binding`, when given, gets the equations that bind the LPs solved.
   */
  exactRange(target: number, early: boolean, binding?: Set<number>): Range {
    const free = this.#free[target]!;
    if (free && early) return { min: -Infinity, max: Infinity };
    let min = 0;
    let max = free ? Infinity : 0;
    for (const part of this.#parts[target]!) {
      const cost = new Float64Array(this.#split.problems[part.component]!.columns);
      for (const col of part.cols) cost[col] = cost[col]! + 1;
      if (!free) {
        const high = this.#solve(part.component, cost.map((x) => -x), binding);
        if (early && this.settled(target)) return { min: -Infinity, max: Infinity };
        max -= high;
      }
      // The parts are sums of unknowns ≥ 0: a feasible point where one is 0 already shows its minimum.
      min += (this.#low.get(part) ?? 1) <= EPS ? 0 : this.#solve(part.component, cost, binding);
    }
    return { min, max };
  }

  dispose(): void {
    if (!this.#kept) for (const model of this.#models.values()) model.dispose();
  }

  /** The component's model: a kept one with the new bounds, else a new one (kept when asked). */
  #model(c: number): LpModel {
    let model = this.#models.get(c);
    if (model) return model;
    const problem = this.#split.problems[c]!;
    const shape = { columns: problem.columns, rows: problem.rowLower.length, entries: problem.rowIndices.length };
    const kept = this.#kept?.get(c);
    if (kept && kept.columns === shape.columns && kept.rows === shape.rows && kept.entries === shape.entries) {
      kept.model.rebound(problem);
      model = kept.model;
    } else {
      kept?.model.dispose();
      model = this.#solver.model(problem);
      this.#kept?.set(c, { model, ...shape });
    }
    this.#models.set(c, model);
    return model;
  }

  #solve(c: number, cost: Float64Array, binding?: Set<number>): number {
    const model = this.#model(c);
    const outcome = model.minimise(cost);
    if (outcome.status === 'infeasible') throw new Error('The published values contradict each other: no counts fit them.');
    if (outcome.status === 'unbounded') return -Infinity;
    this.#witness(c, outcome.point);
    if (binding && outcome.rowDual) {
      const origin = this.#split.rowOrigin[c]!;
      outcome.rowDual.forEach((dual, row) => Math.abs(dual) > EPS && origin[row]! >= 0 && binding.add(origin[row]!));
    }
    return outcome.value;
  }

  #witness(c: number, point: Float64Array): void {
    if (++this.#solves % 16 === 0) {
      if (this.#open === this.#byComponent) this.#open = [...this.#byComponent];
      this.#open[c] = this.#open[c]!.filter((part) => this.#doubtful(part.target));
    }
    for (const part of this.#open[c]!) {
      let value = 0;
      for (const col of part.cols) value += point[col]!;
      const low = this.#low.get(part);
      if (low === undefined || value < low) this.#low.set(part, value);
      const high = this.#high.get(part);
      if (high === undefined || value > high) this.#high.set(part, value);
    }
  }
}
