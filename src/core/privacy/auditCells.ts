import type { CellTable } from './buildCells';
import { findPinned, type AuditModel, type KeptModels, type Range } from './audit/findRanges';
import type { LpSolver } from './audit/lpSolver';
import type { DisclosureRules } from './rules';
import { CELL_TOO_SMALL, GROUP_TOO_SMALL } from './suppressPrimary';

/**
 * The hidden cells (code ≠ 0) that the published ones narrow to a single whole number, found with the same LP
 * bounds as auditPublished but straight from publish()'s own arrays. Unknowns are the hidden
 * finest category cells; the people of unknown origin (rest) count as known to an attacker, and so
 * does what a reason tells: 'cell-too-small' means 1..cellMin−1, 'group-too-small' a total under groupMin.
 * `witnessed` (per cell, in persons) carries values seen at feasible points from one call to the
 * next: hiding more only widens the region, so they stay valid. `only` limits the cells checked.
 * Each pinned cell comes with `binding`: the published cells whose sums pin it (non-zero duals).
 * `kept` (the repair's, across its rounds) holds the LP models: see below.
 */
export function findPinnedCells(
  table: CellTable,
  codes: Uint8Array,
  rules: DisclosureRules,
  solver: LpSolver,
  {
    witnessed,
    only,
    onProgress,
    kept,
  }: { witnessed?: Map<number, Range>; only?: Set<number>; onProgress?: (checked: number, total: number) => void; kept?: KeptModels } = {},
): Array<{ cell: number; binding: number[] }> {
  const { finest, values, base, proj } = table;
  const C = finest.categories.length;
  const width = C + 1;
  const fine = base.length - 1;
  // With `kept` every finest cell is an unknown (a published one fixed at its value) and every sum
  // a row (a hidden one free): the matrix is then the same in every repair round, so its LP models
  // are kept and only their bounds change.
  const full = kept !== undefined;
  const variable = new Int32Array(finest.labels.length * C).fill(-1);
  const truth: number[] = [];
  const fixed: number[] = [];
  for (let f = 0; f < finest.labels.length; f++) {
    for (let k = 0; k < C; k++) {
      const hidden = codes[base[fine]! + f * width + k]! > 0;
      if (!full && !hidden) continue;
      variable[f * C + k] = truth.length;
      truth.push(finest.counts[f]![k]!);
      fixed.push(hidden ? NaN : finest.counts[f]![k]!);
    }
  }
  // The true counts satisfy every published sum and every reason's bound: the first witness.
  const model: AuditModel = { variableCount: truth.length, equations: [], targets: [], bounds: [], truth, ...(full && { fixed }) };
  const targetCells: number[] = [];
  /** Per equation: the cell it states. */
  const equationCells: number[] = [];
  /** Per target: persons in the cell that are published (or rest): its value = offset + Σ unknowns. */
  const offsets: number[] = [];
  table.groups.forEach((list, s) => {
    const covers: number[][] = list.map(() => []);
    proj[s]!.forEach((g, f) => covers[g]!.push(f));
    covers.forEach((fs, g) => {
      for (let k = 0; k < width; k++) {
        const cell = base[s]! + g * width + k;
        const vars: number[] = [];
        let rhs = values[cell]!;
        let fixedSum = 0;
        for (const f of fs) {
          if (k === C) rhs -= finest.rest[f]!;
          for (let j = k === C ? 0 : k; j < (k === C ? C : k + 1); j++) {
            const v = variable[f * C + j]!;
            if (v < 0) rhs -= finest.counts[f]![j]!;
            else {
              vars.push(v);
              if (!Number.isNaN(fixed[v]!)) fixedSum += fixed[v]!;
            }
          }
        }
        // A finest category cell is an unknown itself: its bounds say all a row would.
        const row = vars.length > 0 && !(full && s === fine && k < C);
        if (codes[cell]) {
          const unknown = full ? vars.filter((v) => Number.isNaN(fixed[v]!)) : vars;
          if (!only || only.has(cell)) {
            model.targets.push(unknown);
            targetCells.push(cell);
            offsets.push(values[cell]! - rhs + fixedSum);
          }
          const known = values[cell]! - rhs;
          if (codes[cell] === CELL_TOO_SMALL) model.bounds!.push({ vars, min: 1 - known, max: rules.cellMin - 1 - known });
          if (codes[cell] === GROUP_TOO_SMALL && k === C) model.bounds!.push({ vars, max: rules.groupMin - 1 - known });
          if (full && row) {
            model.equations.push({ vars, rhs, free: true });
            equationCells.push(cell);
          }
        } else if (row) {
          model.equations.push({ vars, rhs });
          equationCells.push(cell);
        }
      }
    });
  });
  const seen = targetCells.map((cell, t) => {
    const range = witnessed?.get(cell);
    return range && { min: range.min - offsets[t]!, max: range.max - offsets[t]! };
  });
  const pinned = findPinned(model, solver, seen, onProgress, kept).map(({ index, binding }) => ({
    cell: targetCells[index]!,
    binding: binding.map((e) => equationCells[e]!),
  }));
  seen.forEach((range, t) => range && witnessed?.set(targetCells[t]!, { min: range.min + offsets[t]!, max: range.max + offsets[t]! }));
  return pinned;
}
