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
  // a large file has a hundred thousand groups: nothing is allocated that the group does not need
  const counts: Record<string, number> = {};
  let detail: Record<string, number> | undefined;
  let suppressed: string[] | undefined;
  let sum = 0;
  const vals = g.vals;
  for (let key = 0; key < vals.length; key++) {
    const raw = vals[key];
    const t = raw === undefined ? undefined : targets.get(key);
    if (!t || raw === UNUSABLE) continue;
    if (Number.isNaN(raw)) {
      const id = t.detail ?? t.main;
      if (!suppressed) suppressed = [id];
      else if (!suppressed.includes(id)) suppressed.push(id);
      continue;
    }
    const v = headcount === undefined ? raw! : (headcount * raw!) / 100;
    counts[t.main] = (counts[t.main] ?? 0) + v;
    if (t.detail) {
      detail ??= {};
      detail[t.detail] = (detail[t.detail] ?? 0) + v;
    }
    sum += v;
  }
  const rolled: Rolled = { counts, sum };
  if (detail) rolled.detail = detail;
  if (suppressed) rolled.suppressed = suppressed;
  return rolled;
}

/** The groups of the dataset, with total checks and the percentages' sum check. */
export function buildGroups(
  plan: Plan,
  groups: Iterable<GroupAcc>,
  targets: Map<number, LabelTarget>,
  locale: Locale,
  keyOf: (g: GroupAcc) => string[],
): { groups: Group[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const out: Group[] = [];
  const percentages = plan.shape === 'percentages';
  const totalColumn = plan.total !== undefined ? plan.header[plan.total] : undefined;
  const ids = plan.dimensions.map((d) => d.id);
  for (const g of groups) {
    const key: Record<string, string> = {};
    const labels = keyOf(g);
    for (let i = 0; i < ids.length; i++) key[ids[i]!] = labels[i]!;
    if (percentages && !g.incomplete) checkPercentSum(g, locale, issues);
    const rolled = rollUp(g, targets, percentages ? g.total : undefined);
    const total = percentages || g.total !== undefined ? (g.total ?? 0) : rolled.sum;
    const { counts, detail, suppressed } = rolled;
    // One literal per combination: properties added later would need a second block of memory
    // per group (the order of the properties stays the same).
    const group: Group = detail
      ? suppressed ? { key, total, counts, detail, suppressed } : { key, total, counts, detail }
      : suppressed ? { key, total, counts, suppressed } : { key, total, counts };
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
