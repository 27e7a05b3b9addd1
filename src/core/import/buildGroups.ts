import type { Group, Issue, Locale } from '../types';
import type { LabelTarget } from '../classification/labels';
import { makeIssue } from './messages';
import { UNUSABLE, type GroupAcc } from './accumulateRows';
import type { Plan } from './planImport';

/** Counts per main and detail id of one summed group, with the suppressed categories. */
export interface Rolled {
  counts: Record<string, number>;
  detail?: Record<string, number>;
  suppressed?: string[];
  sum: number;
}

/**
 * Rolls a group's values up to the scheme's main ids (finer labels kept in `detail`). For
 * percentages the values are shares of the headcount: count = headcount × share, unrounded.
 */
export function rollUp(g: GroupAcc, targets: Map<number, LabelTarget>, headcount?: number): Rolled {
  const counts: Record<string, number> = {};
  const detail: Record<string, number> = {};
  const suppressed = new Set<string>();
  let sum = 0;
  g.vals.forEach((raw, key) => {
    const t = targets.get(key);
    if (!t || raw === UNUSABLE) return;
    if (Number.isNaN(raw)) return void suppressed.add(t.detail ?? t.main);
    const v = headcount === undefined ? raw : (headcount * raw) / 100;
    counts[t.main] = (counts[t.main] ?? 0) + v;
    if (t.detail) detail[t.detail] = (detail[t.detail] ?? 0) + v;
    sum += v;
  });
  const rolled: Rolled = { counts, sum };
  if (Object.keys(detail).length > 0) rolled.detail = detail;
  if (suppressed.size > 0) rolled.suppressed = [...suppressed];
  return rolled;
}

/** The groups of the dataset, with total checks and the percentages' sum check. */
export function buildGroups(
  plan: Plan,
  groups: Iterable<GroupAcc>,
  targets: Map<number, LabelTarget>,
  locale: Locale,
): { groups: Group[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const out: Group[] = [];
  const percentages = plan.shape === 'percentages';
  const totalColumn = plan.total !== undefined ? plan.header[plan.total] : undefined;
  for (const g of groups) {
    const key: Record<string, string> = {};
    plan.dimensions.forEach((d, i) => (key[d.id] = g.key[i]!));
    if (percentages && !g.incomplete) checkPercentSum(g, locale, issues);
    const rolled = rollUp(g, targets, percentages ? g.total : undefined);
    const group: Group = { key, total: percentages || g.total !== undefined ? (g.total ?? 0) : rolled.sum, counts: rolled.counts };
    if (rolled.detail) group.detail = rolled.detail;
    if (rolled.suppressed) group.suppressed = rolled.suppressed;
    if (!percentages && g.total !== undefined && !g.incomplete) {
      const mismatch = rolled.suppressed ? g.total < rolled.sum : g.total !== rolled.sum;
      if (mismatch) {
        const column = plan.shape === 'long' ? plan.header[plan.origin!] : totalColumn;
        issues.push(makeIssue('total-mismatch', locale, { row: g.totalRow, column, severity: 'warning' }, { total: g.total, sum: rolled.sum }));
      }
    }
    out.push(group);
  }
  return { groups: out, issues };
}

/** Percentages must add to 100 within rounding: half a percentage point per category. */
function checkPercentSum(g: GroupAcc, locale: Locale, issues: Issue[]): void {
  let sum = 0;
  let n = 0;
  let suppressed = false;
  g.vals.forEach((v) => {
    n++;
    if (Number.isNaN(v)) suppressed = true;
    else sum += v;
  });
  // integer percentages of n categories may add up to 100 ± n/2
  const tolerance = n * 0.5;
  const off = suppressed ? sum > 100 + tolerance : Math.abs(sum - 100) > tolerance;
  if (off) issues.push(makeIssue('percentages-sum', locale, { row: g.row }, { sum: Math.round(sum * 100) / 100 }));
}
