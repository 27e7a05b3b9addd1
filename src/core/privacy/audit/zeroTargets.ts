import { EPS } from './discloses';
import type { AuditModel } from './splitComponents';

/**
 * The targets every feasible point holds at 0, found without an LP: each of their unknowns is in a
 * sum whose unknown part is 0 with positive coefficients (e.g. a published margin equal to what
 * its published members add up to), and unknowns are ≥ 0. Round 1 of a table of small groups
 * has about two in three of its pinned cells among them.
 */
export function zeroTargets(model: AuditModel): Set<number> {
  const zero = new Set<number>();
  const fixed = (v: number) => model.fixed !== undefined && !Number.isNaN(model.fixed[v]!);
  model.equations.forEach(({ vars, rhs, coefs, free }) => {
    if (free || coefs?.some((c) => !(c > 0))) return;
    // What the unknowns that are not fixed add up to.
    let left = rhs;
    vars.forEach((v, i) => fixed(v) && (left -= (coefs?.[i] ?? 1) * model.fixed![v]!));
    if (Math.abs(left) <= EPS) for (const v of vars) if (!fixed(v)) zero.add(v);
  });
  const out = new Set<number>();
  model.targets.forEach((vars, target) => vars.length > 0 && vars.every((v) => zero.has(v)) && out.add(target));
  return out;
}
