import type { Highs } from 'highs';
import type { LpModel, LpOutcome, LpProblem, LpSolver } from '../core/privacy/audit/lpSolver';

/**
 * The audit's LP solver backed by HiGHS (WebAssembly). One persistent HiGHS model per region:
 * each objective only changes the column costs, so HiGHS starts from the previous optimal basis.
 */
export function highsSolver(highs: Highs): LpSolver {
  return { model: (problem) => highsModel(highs, problem) };
}

function highsModel(highs: Highs, problem: LpProblem): LpModel {
  const n = problem.columns;
  const m = problem.rowLower.length;
  const finite = (v: number) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
  const model = highs.createModel({
    numCols: n,
    numRows: problem.rowLower.length,
    colCost: new Float64Array(n),
    colLower: problem.colLower?.map(finite) ?? new Float64Array(n),
    colUpper: problem.colUpper?.map(finite) ?? new Float64Array(n).fill(highs.infinity),
    rowLower: problem.rowLower.map(finite),
    rowUpper: problem.rowUpper.map(finite),
    matrix: {
      format: 'csr',
      numRows: problem.rowLower.length,
      numCols: n,
      starts: problem.rowStarts,
      indices: problem.rowIndices,
      values: problem.rowValues,
    },
  });
  // Only the costs change between runs, so the last optimal basis stays primal feasible: primal
  // simplex continues from it (a warm start; a few pivots), where dual simplex or presolve would
  // start over. The sums have coefficients 1 (2 at most): nothing to scale. ~10× faster per run.
  model.options.set({ output_flag: false, presolve: 'off', solver: 'simplex', simplex_strategy: 4, simplex_scale_strategy: 0 });
  const { modelStatus } = highs.constants;
  // The audit solves thousands of small LPs: the raw calls skip the wrapper's per-call checks and
  // metadata (about half the time of a small solve); a native error still surfaces as status −1.
  const raw = model.raw;
  return {
    minimise(cost): LpOutcome {
      if (n > 0 && raw.changeColsCost({ kind: 'range', from: 0, to: n - 1 }, cost).status < 0) throw new Error('HiGHS refused the costs.');
      if (raw.run().status < 0) throw new Error('HiGHS failed to run.');
      const status = raw.getModelStatus();
      if (status === modelStatus.optimal || status === modelStatus.empty) {
        const solution = raw.getSolution().value;
        if (!solution?.colValue) throw new Error('HiGHS gave no solution.');
        return { status: 'optimal', value: raw.getObjectiveValue(), point: solution.colValue, rowDual: solution.rowDual };
      }
      if (status === modelStatus.unbounded) return { status: 'unbounded' };
      if (status === modelStatus.infeasible) return { status: 'infeasible' };
      throw new Error(`HiGHS ended with model status ${status}.`);
    },
    rebound(next): void {
      if (next.columns !== n || next.rowLower.length !== m) throw new Error('rebound() needs the same matrix.');
      const all = (count: number) => ({ kind: 'range' as const, from: 0, to: count - 1 });
      const lower = next.colLower?.map(finite) ?? new Float64Array(n);
      const upper = next.colUpper?.map(finite) ?? new Float64Array(n).fill(highs.infinity);
      if (n > 0 && raw.changeColsBounds(all(n), lower, upper).status < 0) throw new Error('HiGHS refused the column bounds.');
      if (m > 0 && raw.changeRowsBounds(all(m), next.rowLower.map(finite), next.rowUpper.map(finite)).status < 0) {
        throw new Error('HiGHS refused the row bounds.');
      }
    },
    dispose: () => model.dispose(),
  };
}
