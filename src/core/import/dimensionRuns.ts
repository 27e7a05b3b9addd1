import type { Plan } from './planImport';

/**
 * Adjacent dimension columns as runs [first, last]: the fast paths compare a run as one span
 * ('2024;Zorg;3;', the delimiter after it included), since equal spans hold equal cells and one
 * comparison costs less than finding and comparing each cell. `runAt[k]` is the run that starts
 * at column k, or -1.
 */
export function dimensionRuns(plan: Plan): { runs: Array<[number, number]>; runAt: Int32Array } {
  const runs: Array<[number, number]> = [];
  for (const d of plan.dimensions) {
    const run = runs[runs.length - 1];
    if (run && run[1] === d.index - 1) run[1] = d.index;
    else runs.push([d.index, d.index]);
  }
  const runAt = new Int32Array(plan.width).fill(-1);
  runs.forEach(([a], r) => (runAt[a] = r));
  return { runs, runAt };
}
