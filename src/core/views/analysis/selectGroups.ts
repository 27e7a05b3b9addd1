import { shareOf } from '../../analysis/computeShares';
import { intervalOf } from '../../analysis/measureGroup';
import { publishedGroups, type PublishedGroup } from '../../privacy/publishedGroups';
import type { PublishedTable, SuppressionReason } from '../../privacy/types';
import { compareLabels, labelOfKey } from './labelOfKey';

/** One group × category of the groups table before any benchmark: what a change of benchmark leaves alone. */
export interface GroupCell {
  /** Stable id: group label + category. */
  id: string;
  group: string;
  /** The group's place in label order (the order of SelectedGroups): sorting by group compares ranks. */
  rank: number;
  key: Record<string, string>;
  category: string;
  total: number | null;
  /** The count, null when hidden. */
  count: number | null;
  /** count ÷ total, null when either is hidden. */
  share: number | null;
  /** The share's 95% Wilson interval, null when the share is unknown. */
  interval: { low: number; high: number } | null;
  /** Why the count is hidden, when it is. */
  reason: SuppressionReason | undefined;
  /** Why the group's total is hidden, when it is. */
  totalReason: SuppressionReason | undefined;
}

/** The published groups of one grouping within a filter: what a benchmark change leaves alone. */
export interface SelectedGroups {
  dimensions: string[];
  /** The categories, in scheme order: the cells' order within a group, and what a test runs over. */
  categories: readonly string[];
  /** In the order the table shows them: by label, numbers within labels by value. */
  groups: PublishedGroup[];
  /** Each group's label (labelOfKey on `dimensions`), index for index. */
  labels: string[];
  /** Group-major, categories in scheme order: groups.length × categories.length cells. */
  cells: GroupCell[];
  /** The disclosure minimum the table was published with: no test below it. */
  minGroupSize: number;
}

/**
 * The published groups of a grouping (one dimension, or several for the finest groups) whose
 * other dimensions match `filter`, e.g. the latest year, in label order, with every cell's share
 * and interval. Kept apart from the measures so that a change of benchmark recomputes only what
 * depends on it.
 */
export function selectGroups(
  table: PublishedTable,
  grouping: readonly string[],
  filter: Record<string, string>,
  categories: readonly string[],
): SelectedGroups {
  const dimensions = grouping.filter((d) => !(d in filter));
  const all = publishedGroups(table, [...dimensions, ...Object.keys(filter)]);
  const entries = Object.entries(filter);
  const labelled = all
    .filter((g) => entries.every(([d, v]) => g.key[d] === v))
    .map((group) => ({ group, label: labelOfKey(group.key, dimensions) }))
    .sort((a, b) => compareLabels(a.label, b.label));
  const cells: GroupCell[] = [];
  labelled.forEach(({ group: g, label }, rank) => {
    for (const category of categories) {
      const count = g.values[category] ?? null;
      cells.push({
        id: `${label}|${category}`,
        group: label,
        rank,
        key: g.key,
        category,
        total: g.total,
        count,
        share: shareOf(count, g.total),
        interval: intervalOf(count, g.total),
        reason: g.reasons[category],
        totalReason: g.reasons.total,
      });
    }
  });
  return {
    dimensions,
    categories,
    groups: labelled.map((g) => g.group),
    labels: labelled.map((g) => g.label),
    cells,
    minGroupSize: table.rules.groupMin,
  };
}
