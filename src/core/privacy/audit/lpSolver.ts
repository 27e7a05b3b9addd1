/**
 * The linear-programming solver the audit needs, injected so that src/core stays free of
 * WebAssembly and loaders: the publish worker and the tests supply HiGHS (src/workers/highsSolver.ts).
 *
 * A problem is the region { x : x ≥ 0, rowLower ≤ A x ≤ rowUpper } with A in compressed rows; the
 * audit minimises many objectives over one region, so a model keeps its basis between calls
 * (HiGHS restarts from it: a warm start).
 */
export interface LpProblem {
  columns: number;
  /** Row r's entries are rowIndices/rowValues[rowStarts[r] .. rowStarts[r + 1]). */
  rowStarts: Int32Array;
  rowIndices: Int32Array;
  rowValues: Float64Array;
  /** -Infinity / Infinity where a row has no bound on that side. */
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** Per column, when given: its bounds (a published cell is fixed at its value); else 0 ≤ x. */
  colLower?: Float64Array;
  colUpper?: Float64Array;
}

export type LpOutcome =
  /**
   * `rowDual`, when the solver gives it: per row, its dual value. A row with a non-zero dual binds
   * the optimum (relaxing it may move the optimum), which is how the repair picks what to hide.
   */
  | { status: 'optimal'; value: number; point: Float64Array; rowDual?: Float64Array }
  | { status: 'unbounded' }
  | { status: 'infeasible' };

export interface LpModel {
  /** The minimum of cost · x over the region (cost has one entry per column), with a point attaining it. */
  minimise(cost: Float64Array): LpOutcome;
  /**
   * Takes the bounds of `problem`, whose matrix must be this model's: the next run starts from the
   * last basis (a repair round only loosens bounds, so this beats a cold start by far).
   */
  rebound(problem: LpProblem): void;
  /** Frees the solver's memory (WebAssembly memory is not garbage collected). */
  dispose(): void;
}

export interface LpSolver {
  model(problem: LpProblem): LpModel;
}
