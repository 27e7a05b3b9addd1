import type { Group, Issue } from '../types';
import { UNKNOWN, type LabelTarget } from '../classification/labels';
import { makeIssue } from './makeIssue';
import { UNUSABLE, type GroupAcc } from './groupViews';
import type { Plan } from './planImport';

/** Counts per main and detail id of one summed group, with the suppressed categories. */
export interface Rolled {
  counts: Record<string, number>;
  detail?: Record<string, number>;
  suppressed?: string[];
  /** The sum of the counts. */
  sum: number;
  /** Staff of unknown origin ('(leeg)', 'Onbekend'): in no count, but in the file's totals. */
  unknown: number;
  /** Main categories whose detail (Turkije, Marokko, …) adds up to more than the main column itself. */
  detailOver?: Array<{ main: string; detail: number; value: number }>;
}

/**
 * Rolls a group's values up to the scheme's main ids (finer labels kept in `detail`). Detail
 * beside its own main category (Buiten Europa with Turkije and Marokko) is detail only: it is
 * checked against the main value and never added to it. For percentages the values are shares
 * of the headcount: count = headcount × share, unrounded.
 */
export function rollUp(g: GroupAcc, targets: Map<number, LabelTarget>, headcount?: number): Rolled {
  // a large file has a hundred thousand groups: nothing is allocated that the group does not need
  const counts: Record<string, number> = {};
  let detail: Record<string, number> | undefined;
  let suppressed: string[] | undefined;
  let withMain: string[] | undefined;
  let sum = 0;
  let unknown = 0;
  const vals = g.vals;
  if (hasDetail(targets)) {
    for (let key = 0; key < vals.length; key++) {
      const t = vals[key] === undefined ? undefined : targets.get(key);
      if (t && !t.detail) (withMain ??= []).push(t.main);
    }
  }
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
    if (t.main === UNKNOWN) {
      unknown += v;
      continue;
    }
    if (t.detail) {
      detail ??= {};
      detail[t.detail] = (detail[t.detail] ?? 0) + v;
      if (withMain?.includes(t.main)) continue;
    }
    counts[t.main] = (counts[t.main] ?? 0) + v;
    sum += v;
  }
  const rolled: Rolled = { counts, sum, unknown };
  if (detail) rolled.detail = detail;
  if (suppressed) rolled.suppressed = suppressed;
  if (detail && withMain) rolled.detailOver = detailOver(g, targets, headcount, counts);
  return rolled;
}

// Whether a file's categories include detail at all: most files have main categories only, and
// a large file has a hundred thousand groups to roll up.
const detailKnown = new WeakMap<Map<number, LabelTarget>, boolean>();
function hasDetail(targets: Map<number, LabelTarget>): boolean {
  let known = detailKnown.get(targets);
  if (known === undefined) {
    known = [...targets.values()].some((t) => t.detail !== undefined);
    detailKnown.set(targets, known);
  }
  return known;
}

/** Per main category with its own value: the detail beside it must not exceed it. */
function detailOver(g: GroupAcc, targets: Map<number, LabelTarget>, headcount: number | undefined, counts: Record<string, number>) {
  const sums: Record<string, number> = {};
  g.vals.forEach((raw, key) => {
    const t = targets.get(key);
    if (!t?.detail || raw === undefined || raw === UNUSABLE || Number.isNaN(raw)) return;
    sums[t.main] = (sums[t.main] ?? 0) + (headcount === undefined ? raw : (headcount * raw) / 100);
  });
  const tolerance = headcount === undefined ? 1e-9 : headcount * 0.005 * Object.keys(sums).length + 1e-9;
  const over: Array<{ main: string; detail: number; value: number }> = [];
  for (const [main, detail] of Object.entries(sums)) {
    const value = counts[main];
    if (value !== undefined && detail > value + tolerance) over.push({ main, detail, value });
  }
  return over.length > 0 ? over : undefined;
}

/**
 * A group's key, built with `new` so that V8 sizes these objects to the labels they hold after
 * the first few (a literal or a copy keeps labels beyond the fourth in a second block: ~30 bytes
 * more per group, 5 MB for the 180,000 groups of the six-column bench file). The prototype is
 * Object's: a key is a plain object to every reader.
 */
const GroupKey = function (this: Record<string, string>, ids: readonly string[], labels: readonly string[]) {
  for (let i = 0; i < ids.length; i++) this[ids[i]!] = labels[i]!;
} as unknown as new (ids: readonly string[], labels: readonly string[]) => Record<string, string>;
GroupKey.prototype = Object.prototype;

/** The groups of the dataset, with total checks and the percentages' sum check. */
export function buildGroups(
  plan: Plan,
  groups: Iterable<GroupAcc>,
  targets: Map<number, LabelTarget>,
  keyOf: (g: GroupAcc, out?: string[]) => string[],
): { groups: Group[]; issues: Issue[]; unknown: number } {
  const issues: Issue[] = [];
  const out: Group[] = [];
  const percentages = plan.shape === 'percentages';
  const totalColumn = plan.total !== undefined ? plan.header[plan.total] : undefined;
  const ids = plan.dimensions.map((d) => d.id);
  let unknown = 0;
  // one array for every group's labels: a large file's garbage per group shows in its peak memory
  const labels: string[] = new Array(ids.length);
  for (const g of groups) {
    const key = new GroupKey(ids, keyOf(g, labels));
    if (percentages && !g.incomplete) checkPercentSum(g, issues);
    const rolled = rollUp(g, targets, percentages ? g.total : undefined);
    // the headcount of known origin: a Totaal column counts the unknown too
    const total = percentages ? (g.total ?? 0) : g.total !== undefined ? g.total - rolled.unknown : rolled.sum;
    const { counts, detail, suppressed } = rolled;
    unknown += rolled.unknown;
    // One literal per combination: properties added later would need a second block of memory
    // per group (the order of the properties stays the same).
    const group: Group = detail
      ? suppressed ? { key, total, counts, detail, suppressed } : { key, total, counts, detail }
      : suppressed ? { key, total, counts, suppressed } : { key, total, counts };
    if (rolled.detailOver) for (const o of rolled.detailOver) {
      const column = plan.shape === 'long' ? plan.header[plan.origin!] : plan.categories.find((c, i) => targets.get(i)?.main === o.main && !targets.get(i)?.detail)?.header;
      const round = (x: number) => Math.round(x * 100) / 100;
      issues.push(makeIssue('detail-exceeds-main', { row: g.row, column }, { detail: round(o.detail), value: round(o.value) }));
    }
    if (!percentages && g.total !== undefined && !g.incomplete) {
      const known = rolled.sum + rolled.unknown;
      const mismatch = rolled.suppressed ? g.total < known : g.total !== known;
      if (mismatch) {
        const column = plan.shape === 'long' ? plan.header[plan.origin!] : totalColumnOf(plan, g, keyOf) ?? totalColumn;
        issues.push(makeIssue('total-mismatch', { row: g.totalRow, column }, { total: g.total, sum: known }));
      }
    }
    out.push(group);
  }
  return { groups: out, issues, unknown };
}

/** The header of the Totaal column of the group's block (a group header row's year). */
function totalColumnOf(plan: Plan, g: GroupAcc, keyOf: (g: GroupAcc) => string[]): string | undefined {
  if (plan.blocks.length < 2) return undefined;
  const labels = keyOf(g);
  const label = labels[plan.dimensions.findIndex((d) => d.index === plan.width)];
  const block = plan.blocks.find((b) => b.label === label);
  return block?.total !== undefined ? plan.header[block.total] : undefined;
}

/** Percentages must add to 100 within rounding: half a percentage point per category. */
function checkPercentSum(g: GroupAcc, issues: Issue[]): void {
  let sum = 0;
  let n = 0;
  let suppressed = false;
  g.vals.forEach((v) => {
    if (v === undefined) return;
    n++;
    if (Number.isNaN(v)) suppressed = true;
    else sum += v;
  });
  // integer percentages of n categories may add up to 100 ± n/2
  const tolerance = n * 0.5;
  const off = suppressed ? sum > 100 + tolerance : Math.abs(sum - 100) > tolerance;
  if (off) issues.push(makeIssue('percentages-sum', { row: g.row }, { sum: Math.round(sum * 100) / 100 }));
}
