import { shareOf } from '../../analysis/computeShares';
import { compareYears, splitByYear } from '../../analysis/compareYears';
import type { KeyedCounts } from '../../analysis/sumGroups';
import { publishedGroups } from '../../privacy/publishedGroups';
import type { PublishedTable, SuppressionReason } from '../../privacy/types';
import type { SchemeId } from '../../types';
import { labelOfKey } from './labelOfKey';

/** One year of one series: published counts and the shares they give. */
export interface TrendPoint {
  year: string;
  total: number | null;
  counts: Record<string, number | null>;
  shares: Record<string, number | null>;
  /** Why a count or the total ('total') is hidden. */
  reasons: Record<string, SuppressionReason>;
}

/** The organisation, or one group, over the years. */
export interface TrendSeries {
  /** '' for the organisation, else the group's label. */
  id: string;
  points: TrendPoint[];
}

/** From one year to the next: comparable (with changes in pp per series) or what changed. */
export interface TrendStep {
  from: string;
  to: string;
  comparable: boolean;
  /** Series id -> category -> change in percentage points; only when comparable. */
  changePp: Record<string, Record<string, number | null>>;
  /** Group labels only in the later year, and only in the earlier one. */
  added: string[];
  removed: string[];
}

export interface TrendsModel {
  years: string[];
  organisation: TrendSeries;
  groups: TrendSeries[];
  /** Consecutive year pairs for the groups of `dimension` (or the organisation when none). */
  steps: TrendStep[];
  /** Organisation, first to last year, in pp per category. */
  overallChangePp: Record<string, number | null>;
}

/** A published group as the analysis reads it, keeping why cells are hidden. */
type Published = KeyedCounts & { reasons: Record<string, SuppressionReason> };

function toPoint(year: string, cell: Published | undefined, categories: readonly string[]): TrendPoint {
  const counts: Record<string, number | null> = {};
  const shares: Record<string, number | null> = {};
  for (const c of categories) {
    counts[c] = cell?.counts[c] ?? null;
    shares[c] = shareOf(cell?.counts[c], cell?.total);
  }
  return { year, total: cell?.total ?? null, counts, shares, reasons: cell?.reasons ?? {} };
}

function seriesOf(groups: readonly Published[], yearDim: string, dims: readonly string[], years: readonly string[], categories: readonly string[]): TrendSeries[] {
  const byLabel = new Map<string, Map<string, Published>>();
  for (const g of groups) {
    const id = labelOfKey(g.key, dims);
    if (!byLabel.has(id)) byLabel.set(id, new Map());
    byLabel.get(id)!.set(g.key[yearDim]!, g);
  }
  return [...byLabel].map(([id, perYear]) => ({ id, points: years.map((y) => toPoint(y, perYear.get(y), categories)) }));
}

/**
 * Year over year for the organisation and, when `dimension` is given, for each of its groups,
 * from published cells only. A step between two years carries changes only when the scheme and
 * the set of groups are the same in both (compareYears); otherwise it lists what changed, so a
 * reorganisation is never read as a shift in composition.
 */
export function trendsModel(
  table: PublishedTable,
  scheme: SchemeId,
  yearDim: string,
  dimension: string | null,
  categories: readonly string[],
): TrendsModel {
  const toKeyed = (dims: string[]): Published[] =>
    publishedGroups(table, dims).map((g) => ({ key: g.key, counts: g.values, total: g.total, reasons: g.reasons }));
  const perYear = toKeyed([yearDim]);
  const snapshots = splitByYear(scheme, perYear, yearDim);
  const years = snapshots.map((s) => s.year);
  const organisation = seriesOf(perYear, yearDim, [], years, categories)[0] ?? { id: '', points: [] };
  const dims = dimension ? [dimension] : [];
  const grouped = dimension ? toKeyed([yearDim, dimension]) : perYear;
  const groups = dimension ? seriesOf(grouped, yearDim, dims, years, categories) : [];
  const bySnapshot = splitByYear(scheme, grouped, yearDim);
  const steps: TrendStep[] = [];
  for (let i = 1; i < bySnapshot.length; i++) {
    const c = compareYears(bySnapshot[i - 1]!, bySnapshot[i]!, categories, yearDim);
    if (!c.comparable) {
      steps.push({
        from: c.from,
        to: c.to,
        comparable: false,
        changePp: {},
        added: c.added.map((k) => labelOfKey(k, dims)),
        removed: c.removed.map((k) => labelOfKey(k, dims)),
      });
      continue;
    }
    const changePp: TrendStep['changePp'] = {};
    for (const row of c.rows) (changePp[labelOfKey(row.key, dims)] ??= {})[row.category] = row.changePp;
    steps.push({ from: c.from, to: c.to, comparable: true, changePp, added: [], removed: [] });
  }
  const first = organisation.points[0];
  const last = organisation.points[organisation.points.length - 1];
  const overallChangePp: Record<string, number | null> = {};
  for (const c of categories) {
    const a = first?.shares[c] ?? null;
    const b = last?.shares[c] ?? null;
    overallChangePp[c] = a === null || b === null || first === last ? null : (b - a) * 100;
  }
  return { years, organisation, groups, steps, overallChangePp };
}
