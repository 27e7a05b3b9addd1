import { compareCategory } from '../../analysis/compareGroup';
import { intervalOf, type CategoryMeasures } from '../../analysis/measureGroup';
import { testGroup, type GroupTest } from '../../analysis/testGroup';
import { publishedGroups, type PublishedGroup } from '../../privacy/publishedGroups';
import type { PublishedTable, SuppressionReason } from '../../privacy/types';
import { compareLabels, labelOfKey } from './labelOfKey';

/** One group × category of the groups table: every measure plus the group's test. */
export interface GroupRow extends CategoryMeasures {
  /** Stable id: group label + category. */
  id: string;
  group: string;
  /** The group's place in label order (the order of SelectedGroups): sorting by group compares ranks. */
  rank: number;
  key: Record<string, string>;
  category: string;
  total: number | null;
  /** Why the count is hidden, when it is. */
  reason: SuppressionReason | undefined;
  /** Why the group's total is hidden, when it is. */
  totalReason: SuppressionReason | undefined;
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
  /** In the order the table shows them: by label, numbers within labels by value. */
  groups: PublishedGroup[];
  /** Each group's label (labelOfKey on `dimensions`), index for index. */
  labels: string[];
  /** Each group's 95% Wilson interval per published category: they do not depend on the benchmark. */
  intervals: Array<Record<string, { low: number; high: number } | null>>;
  /** The disclosure minimum the table was published with: no test below it. */
  minGroupSize: number;
}

/**
 * The published groups of a grouping (one dimension, or several for the finest groups) whose
 * other dimensions match `filter`, e.g. the latest year, in label order. Kept apart from the
 * measures so that a view recomputes only measureGroups when the benchmark changes.
 */
export function selectGroups(table: PublishedTable, grouping: readonly string[], filter: Record<string, string>): SelectedGroups {
  const dimensions = grouping.filter((d) => !(d in filter));
  const all = publishedGroups(table, [...dimensions, ...Object.keys(filter)]);
  const entries = Object.entries(filter);
  const labelled = all
    .filter((g) => entries.every(([d, v]) => g.key[d] === v))
    .map((group) => ({ group, label: labelOfKey(group.key, dimensions) }))
    .sort((a, b) => compareLabels(a.label, b.label));
  const groups = labelled.map((g) => g.group);
  const intervals = groups.map((g) => {
    const byCategory: Record<string, { low: number; high: number } | null> = {};
    for (const category in g.values) byCategory[category] = intervalOf(g.values[category], g.total);
    return byCategory;
  });
  return { dimensions, groups, labels: labelled.map((g) => g.label), intervals, minGroupSize: table.rules.groupMin };
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
  const shares: Record<string, number> = benchmark ?? {};
  const groups: string[] = [];
  const rows: GroupRow[] = [];
  for (let i = 0; i < selected.groups.length; i++) {
    const g = selected.groups[i]!;
    const group = selected.labels[i]!;
    groups.push(group);
    // measureGroup's measures per category, with the intervals the selection already holds.
    const tested = testGroup(g.values, g.total, shares, categories, options);
    const hiddenSmall = g.total === null && g.reasons.total === 'group-too-small';
    const test: GroupTest =
      hiddenSmall && tested.method === 'none' && tested.reason === 'suppressed' ? { method: 'none', reason: 'below-threshold' } : tested;
    for (const category of categories) {
      const m = compareCategory(g.values[category] ?? null, g.total, shares[category] ?? null);
      // One literal per row, every field always present (one object shape), no spreads: 6,000
      // rows are rebuilt on every change of benchmark.
      rows.push({
        id: `${group}|${category}`,
        group,
        rank: i,
        key: g.key,
        category,
        total: g.total,
        count: m.count,
        share: m.share,
        benchmarkShare: m.benchmarkShare,
        differencePp: m.differencePp,
        index: m.index,
        expected: m.expected,
        gap: m.gap,
        interval: selected.intervals[i]![category] ?? null,
        reason: g.reasons[category],
        totalReason: g.reasons.total,
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
