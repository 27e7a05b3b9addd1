import type { Group, Issue } from '../types';
import type { LabelTarget } from '../classification/labels';
import { normaliseLabel } from '../classification/normaliseLabel';
import { makeIssue } from './makeIssue';
import type { GroupAcc } from './groupViews';
import { isTotalLabel } from './totalLabels';
import { rollUp } from './buildGroups';
import type { Plan } from './planImport';

/**
 * Compares each totals row ('Totaal', 'Totaal organisatie') with the sum of the groups it
 * covers: the groups that agree with it on every dimension it does not total over. A totals
 * row is never a group; a mismatch is an error at its row (one of the two is wrong). Shares
 * derived from rounded percentages are allowed half a percentage point per category.
 */
export function checkTotalRows(
  plan: Plan,
  totals: Iterable<GroupAcc>,
  groups: Group[],
  targets: Map<number, LabelTarget>,
  keyOf: (g: GroupAcc) => string[],
): Issue[] {
  const issues: Issue[] = [];
  const percentages = plan.shape === 'percentages';
  for (const t of totals) {
    const key = keyOf(t);
    // 'Techniek Totaal' (a pivot table's subtotal) covers Techniek; 'Totaal' covers everything
    const fixed = plan.dimensions.flatMap((d, i) => {
      const value = key[i]!;
      if (!isTotalLabel(normaliseLabel(value))) return [{ id: d.id, value }];
      const of = value.replace(/^\s*(?:totaal|total)\s+|\s+(?:totaal|total)\s*$/i, '').trim();
      return of !== value.trim() && groups.some((g) => g.key[d.id] === of) ? [{ id: d.id, value: of }] : [];
    });
    const covered = groups.filter((g) => fixed.every((d) => g.key[d.id] === d.value));
    if (covered.length === 0) continue;
    const own = rollUp(t, targets, percentages ? t.total : undefined);
    const column = plan.dimensions.find((_, i) => isTotalLabel(normaliseLabel(key[i]!)))?.header;
    const sum = (f: (g: Group) => number | undefined) => covered.reduce((s, g) => s + (f(g) ?? 0), 0);
    const mismatches: Array<[number, number]> = [];
    if (t.total !== undefined) {
      const groupTotal = sum((g) => g.total);
      const own = t.total - (percentages ? 0 : rollUp(t, targets).unknown);
      const tolerance = percentages ? 0 : 1e-9;
      if (Math.abs(groupTotal - own) > tolerance) mismatches.push([t.total, groupTotal]);
    }
    const base = t.total ?? own.sum;
    for (const [id, value] of Object.entries(own.counts)) {
      if (covered.some((g) => g.suppressed?.includes(id)) || own.suppressed) continue;
      const groupSum = sum((g) => g.counts[id]);
      const tolerance = percentages ? base * 0.005 + 1e-9 : 1e-9;
      if (Math.abs(groupSum - value) > tolerance) mismatches.push([value, groupSum]);
    }
    for (const [total, groupSum] of mismatches.slice(0, 1)) {
      const round = (x: number) => Math.round(x * 10) / 10;
      issues.push(
        makeIssue('total-mismatch', { row: t.row, column }, { total: round(total), sum: round(groupSum) }),
      );
    }
  }
  return issues;
}
