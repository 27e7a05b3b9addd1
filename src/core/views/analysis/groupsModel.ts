import { measureGroup, type CategoryMeasures } from '../../analysis/measureGroup';
import type { GroupTest } from '../../analysis/testGroup';
import { publishedGroups, type PublishedGroup } from '../../privacy/publishedGroups';
import type { PublishedTable, SuppressionReason } from '../../privacy/types';
import { labelOfKey } from './labelOfKey';

/** One group × category of the groups table: every measure plus the group's test. */
export interface GroupRow extends CategoryMeasures {
  /** Stable id: group label + category. */
  id: string;
  group: string;
  key: Record<string, string>;
  category: string;
  total: number | null;
  /** Why the count is hidden, when it is. */
  reason?: SuppressionReason;
  /** Why the group's total is hidden, when it is. */
  totalReason?: SuppressionReason;
  test: GroupTest;
}

export interface GroupsModel {
  /** The dimensions that tell the groups apart (the filter's dimensions excluded). */
  dimensions: string[];
  /** Group labels in table order. */
  groups: string[];
  /** Group-major rows, categories in scheme order. */
  rows: GroupRow[];
}

export interface GroupsModelInput {
  table: PublishedTable;
  /** The grouping: one dimension, or all of them for the finest groups. */
  dimensions: readonly string[];
  /** Fixed values on other dimensions, e.g. { jaar: '2024' }: only those groups are shown. */
  filter: Record<string, string>;
  categories: readonly string[];
  /** Benchmark shares; null when no benchmark is available (measures against it stay null). */
  benchmark: Record<string, number> | null;
  /** True when the dataset's counts came from percentages: no significance test then. */
  fromPercentages?: boolean;
}

/** The published groups of one grouping within a filter: what a benchmark change leaves alone. */
export interface SelectedGroups {
  dimensions: string[];
  groups: PublishedGroup[];
  /** The disclosure minimum the table was published with: no test below it. */
  minGroupSize: number;
}

/**
 * The published groups of a grouping (one dimension, or several for the finest groups) whose
 * other dimensions match `filter`, e.g. the latest year. Kept apart from the measures so that a
 * view recomputes only measureGroups when the benchmark changes.
 */
export function selectGroups(table: PublishedTable, grouping: readonly string[], filter: Record<string, string>): SelectedGroups {
  const dimensions = grouping.filter((d) => !(d in filter));
  const all = publishedGroups(table, [...dimensions, ...Object.keys(filter)]);
  const entries = Object.entries(filter);
  const groups = all.filter((g) => entries.every(([d, v]) => g.key[d] === v));
  return { dimensions, groups, minGroupSize: table.rules.groupMin };
}

/**
 * Every selected group measured against the benchmark. A group hidden for being too small gets
 * 'below-threshold' as its reason not to test, which is what the user needs to hear, rather than
 * the generic 'suppressed'.
 */
export function measureGroups(
  selected: SelectedGroups,
  categories: readonly string[],
  benchmark: Record<string, number> | null,
  fromPercentages = false,
): GroupsModel {
  const { dimensions } = selected;
  const options = { minGroupSize: selected.minGroupSize, fromPercentages };
  const groups: string[] = [];
  const rows: GroupRow[] = [];
  for (const g of selected.groups) {
    const group = labelOfKey(g.key, dimensions);
    groups.push(group);
    const measured = measureGroup(g.values, g.total, benchmark ?? {}, categories, options);
    const hiddenSmall = g.total === null && g.reasons.total === 'group-too-small';
    const test: GroupTest =
      hiddenSmall && measured.test.method === 'none' && measured.test.reason === 'suppressed'
        ? { method: 'none', reason: 'below-threshold' }
        : measured.test;
    for (const category of categories) {
      const reason = g.reasons[category];
      rows.push({
        id: `${group}|${category}`,
        group,
        key: g.key,
        category,
        total: g.total,
        ...measured.categories[category]!,
        ...(reason ? { reason } : {}),
        ...(g.reasons.total ? { totalReason: g.reasons.total } : {}),
        test,
      });
    }
  }
  return { dimensions, groups, rows };
}

/** selectGroups then measureGroups: every group of one grouping against the benchmark, from published cells only. */
export function groupsModel(input: GroupsModelInput): GroupsModel {
  const selected = selectGroups(input.table, input.dimensions, input.filter);
  return measureGroups(selected, input.categories, input.benchmark, input.fromPercentages ?? false);
}
