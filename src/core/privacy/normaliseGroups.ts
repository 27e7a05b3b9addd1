import type { Dataset } from '../types';
import { categoryIds } from '../classification/schemes';

/** The dataset's finest groups as whole numbers, sorted and merged: the unknowns of every sum. */
export interface FinestGroups {
  dimensions: string[];
  categories: string[];
  /** Per group, its label per dimension (in `dimensions` order; '' when the key lacks it). */
  labels: string[][];
  /** Per group, per category: a whole count. A cell suppressed at the source holds an estimate. */
  counts: number[][];
  /** Per group: headcount minus the category counts (people of unknown origin); usually 0. */
  rest: number[];
  /** Per group, per category: suppressed at the source. */
  source: boolean[][];
}

/**
 * Brings the groups to whole numbers so every threshold and every sum is exact.
 * Counts derived from percentages (or any fractional count) are rounded by largest remainder so that
 * the group's categories still add up to its rounded known count; thresholds then apply to these
 * rounded values. A cell suppressed at the source gets the group's unexplained remainder as its
 * estimate (first such cell; later ones 0): only used to choose and audit suppression, never shown.
 * Groups with the same key are merged; empty groups (no people, nothing unknown) are dropped, unless
 * `keepEmpty`: a flow table keeps them, because there a missing group would tell that a flow was 0.
 */
export function normaliseGroups(dataset: Dataset, options: { keepEmpty?: boolean } = {}): FinestGroups {
  const categories = categoryIds(dataset.scheme);
  const dims = dataset.dimensions;
  const byKey = new Map<string, { labels: string[]; counts: number[]; rest: number; source: boolean[] }>();
  for (const group of dataset.groups) {
    const labels = dims.map((d) => group.key[d] ?? '');
    const source = categories.map((c) => group.suppressed !== undefined && group.suppressed.includes(c));
    const { counts, rest } = roundGroup(group.total, categories.map((c) => group.counts[c] ?? 0), source);
    const id = labels.join('\u0001');
    const seen = byKey.get(id);
    if (!seen) {
      byKey.set(id, { labels, counts, rest, source });
      continue;
    }
    counts.forEach((n, i) => (seen.counts[i] = (seen.counts[i] ?? 0) + n));
    source.forEach((s, i) => (seen.source[i] = (seen.source[i] ?? false) || s));
    seen.rest += rest;
  }
  const kept = [...byKey.values()]
    .filter((g) => options.keepEmpty || g.rest !== 0 || g.counts.some((n) => n !== 0) || g.source.some(Boolean))
    .sort((a, b) => compareLabels(a.labels, b.labels));
  return {
    dimensions: [...dims],
    categories,
    labels: kept.map((g) => g.labels),
    counts: kept.map((g) => g.counts),
    rest: kept.map((g) => g.rest),
    source: kept.map((g) => g.source),
  };
}

export function compareLabels(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function roundGroup(total: number, raw: number[], source: boolean[]): { counts: number[]; rest: number } {
  const known = raw.map((n, i) => (source[i] ? 0 : Math.max(0, Number.isFinite(n) ? n : 0)));
  const counts = known.every(Number.isInteger) ? known : apportion(known);
  const headcount = Math.max(0, Math.round(Number.isFinite(total) ? total : 0));
  let rest = headcount - counts.reduce((s, n) => s + n, 0);
  const first = source.indexOf(true);
  if (first >= 0 && rest > 0) {
    counts[first] = rest;
    rest = 0;
  }
  return { counts, rest };
}

/** Largest-remainder rounding: whole numbers that add up to the rounded sum, ties to the earlier category. */
function apportion(values: number[]): number[] {
  const floors = values.map(Math.floor);
  let left = Math.round(values.reduce((s, n) => s + n, 0)) - floors.reduce((s, n) => s + n, 0);
  const order = values
    .map((v, i) => ({ i, frac: v - Math.floor(v) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}
