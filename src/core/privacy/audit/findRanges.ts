import type { LpSolver } from './lpSolver';
import { discloses, type Range } from './discloses';
import { RangeAudit, type KeptModels } from './rangeAudit';
import type { AuditModel } from './splitComponents';

export type { AuditModel } from './splitComponents';
export { discloses, type Range } from './discloses';
export type { KeptModels } from './rangeAudit';

/** The exact smallest and largest value of every target given the rows and x ≥ 0 (LP bounds). */
export function findRanges(model: AuditModel, solver: LpSolver): Range[] {
  const audit = new RangeAudit(model, solver);
  try {
    return model.targets.map((_, t) => audit.exactRange(t, false));
  } finally {
    audit.dispose();
  }
}

/**
 * The targets that are disclosed, with their exact range. Cheap first: every LP solution is a
 * feasible point (and so are the true counts), and a target whose values at two known points
 * already hold two whole numbers cannot be disclosed. Objectives that push all doubtful targets
 * at once settle most of them; only the rest get LPs of their own, all warm-started per component.
 * `witnessed`, when given, holds per target values already seen at feasible points (e.g. from an
 * earlier audit of a pattern that hid less: its points are feasible here too), and gets the new ones.
 * Each disclosed target comes with `binding`: the equations (indices into model.equations) whose
 * dual is non-zero at its smallest or largest value — the published sums that pin it.
 */
export function findPinned(
  model: AuditModel,
  solver: LpSolver,
  witnessed?: Array<Range | undefined>,
  onProgress?: (checked: number, total: number) => void,
  kept?: KeptModels,
): Array<{ index: number; range: Range; binding: number[] }> {
  const audit = new RangeAudit(model, solver, witnessed, kept);
  try {
    const total = model.targets.length;
    onProgress?.(0, total);
    audit.pushTogether();
    const pinned: Array<{ index: number; range: Range; binding: number[] }> = [];
    model.targets.forEach((_, index) => {
      if (index % 64 === 0) onProgress?.(index, total);
      if (audit.settled(index)) return;
      const binding = new Set<number>();
      const range = audit.exactRange(index, true, binding);
      if (discloses(range)) pinned.push({ index, range, binding: [...binding].sort((a, b) => a - b) });
    });
    if (witnessed) model.targets.forEach((_, t) => (witnessed[t] = audit.witnessed(t)));
    return pinned;
  } finally {
    audit.dispose();
  }
}
