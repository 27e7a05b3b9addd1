import type { SchemeId } from '../types';
import { shareOf } from './computeShares';
import type { KeyedCounts } from './sumGroups';

/** One year of a dataset: its scheme and groups (the year may or may not be part of the keys). */
export interface YearSnapshot {
  year: string;
  scheme: SchemeId;
  groups: readonly KeyedCounts[];
}

/** One group × category from one year to the next. */
export interface TrendRow {
  /** The group key without the year dimension. */
  key: Record<string, string>;
  category: string;
  fromCount: number | null;
  toCount: number | null;
  fromShare: number | null;
  toShare: number | null;
  /** (toShare − fromShare) × 100. */
  changePp: number | null;
}

export type YearComparison =
  | { comparable: true; from: string; to: string; rows: TrendRow[] }
  | {
      comparable: false;
      from: string;
      to: string;
      /** Set when the origin scheme differs: the schemes cannot be converted into each other. */
      scheme: { from: SchemeId; to: SchemeId } | null;
      /** Groups (keys without the year) present only in the later year. */
      added: Record<string, string>[];
      /** Groups present only in the earlier year. */
      removed: Record<string, string>[];
    };

function withoutYear(key: Record<string, string>, yearDimension: string | undefined): Record<string, string> {
  const rest: Record<string, string> = {};
  for (const [dimension, value] of Object.entries(key)) if (dimension !== yearDimension) rest[dimension] = value;
  return rest;
}

/** A canonical identity for a key: dimension order in the file must not matter. */
function identity(key: Record<string, string>): string {
  return JSON.stringify(Object.entries(key).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function index(snapshot: YearSnapshot, yearDimension: string | undefined): Map<string, KeyedCounts> {
  const map = new Map<string, KeyedCounts>();
  for (const g of snapshot.groups) {
    const key = withoutYear(g.key, yearDimension);
    map.set(identity(key), { ...g, key });
  }
  return map;
}

/**
 * Year-over-year change per group and category, only when both years use the same scheme and
 * exactly the same set of groups (keys without the year). A reorganisation that adds, splits or
 * renames a unit makes the comparison say what changed instead of showing numbers that would
 * compare different populations.
 */
export function compareYears(
  from: YearSnapshot,
  to: YearSnapshot,
  categories: readonly string[],
  yearDimension?: string,
): YearComparison {
  const before = index(from, yearDimension);
  const after = index(to, yearDimension);
  const added = [...after].filter(([id]) => !before.has(id)).map(([, g]) => g.key);
  const removed = [...before].filter(([id]) => !after.has(id)).map(([, g]) => g.key);
  const scheme = from.scheme === to.scheme ? null : { from: from.scheme, to: to.scheme };
  if (scheme || added.length || removed.length) {
    return { comparable: false, from: from.year, to: to.year, scheme, added, removed };
  }
  const rows: TrendRow[] = [];
  for (const [id, a] of before) {
    const b = after.get(id)!;
    for (const category of categories) {
      const fromShare = shareOf(a.counts[category], a.total);
      const toShare = shareOf(b.counts[category], b.total);
      rows.push({
        key: a.key,
        category,
        fromCount: a.counts[category] ?? null,
        toCount: b.counts[category] ?? null,
        fromShare,
        toShare,
        changePp: fromShare == null || toShare == null ? null : (toShare - fromShare) * 100,
      });
    }
  }
  return { comparable: true, from: from.year, to: to.year, rows };
}

/**
 * Splits groups by their value on the year dimension into snapshots, in ascending year order
 * (numeric when the labels are numbers). Groups without a year value are left out.
 */
export function splitByYear(scheme: SchemeId, groups: readonly KeyedCounts[], yearDimension: string): YearSnapshot[] {
  const byYear = new Map<string, KeyedCounts[]>();
  for (const g of groups) {
    const year = g.key[yearDimension];
    if (year === undefined) continue;
    const list = byYear.get(year);
    if (list) list.push(g);
    else byYear.set(year, [g]);
  }
  const years = [...byYear.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return years.map((year) => ({ year, scheme, groups: byYear.get(year)! }));
}
