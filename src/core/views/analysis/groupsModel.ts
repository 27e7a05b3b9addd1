import { compareCategory, type CategoryComparison } from '../../analysis/compareGroup';
import { testGroup, type GroupTest } from '../../analysis/testGroup';
import type { PublishedTable } from '../../privacy/types';
import { selectGroups, type GroupCell, type SelectedGroups } from './selectGroups';

/** One group × category of the groups table: every measure against the benchmark plus the group's test. */
export interface GroupRow extends GroupCell, CategoryComparison {
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

/**
 * Each selected group's test against the benchmark, index for index (a cell's `rank`). A group
 * hidden for being too small gets 'below-threshold' as its reason not to test, which is what the
 * user needs to hear, rather than the generic 'suppressed'.
 */
export function testGroups(selected: SelectedGroups, benchmark: Record<string, number> | null, fromPercentages = false): GroupTest[] {
  const options = { minGroupSize: selected.minGroupSize, fromPercentages };
  const shares = benchmark ?? {};
  return selected.groups.map((g) => {
    const tested = testGroup(g.values, g.total, shares, selected.categories, options);
    const hiddenSmall = g.total === null && g.reasons.total === 'group-too-small';
    return hiddenSmall && tested.method === 'none' && tested.reason === 'suppressed' ? { method: 'none', reason: 'below-threshold' } : tested;
  });
}

/**
 * Some cells measured against the benchmark, with their groups' tests (testGroups, by rank). A
 * view measures only the cells it shows (a page, a chart), unless its order depends on a measure.
 */
export function measureCells(cells: readonly GroupCell[], benchmark: Record<string, number> | null, tests: readonly GroupTest[]): GroupRow[] {
  return cells.map((c) => {
    const m = compareCategory(c.count, c.total, benchmark?.[c.category] ?? null);
    // One literal, every field present (one object shape), no spreads.
    return {
      id: c.id,
      group: c.group,
      rank: c.rank,
      key: c.key,
      category: c.category,
      total: c.total,
      count: c.count,
      share: c.share,
      interval: c.interval,
      reason: c.reason,
      totalReason: c.totalReason,
      benchmarkShare: m.benchmarkShare,
      differencePp: m.differencePp,
      index: m.index,
      expected: m.expected,
      gap: m.gap,
      test: tests[c.rank]!,
    };
  });
}

/** Every selected group measured against the benchmark. */
export function measureGroups(selected: SelectedGroups, benchmark: Record<string, number> | null, fromPercentages = false): GroupsModel {
  const tests = testGroups(selected, benchmark, fromPercentages);
  return { dimensions: selected.dimensions, groups: selected.labels, rows: measureCells(selected.cells, benchmark, tests) };
}

/** selectGroups then measureGroups: every group of one grouping against the benchmark, from published cells only. */
export function groupsModel(input: GroupsModelInput): GroupsModel {
  const selected = selectGroups(input.table, input.dimensions, input.filter, input.categories);
  return measureGroups(selected, input.benchmark, input.fromPercentages ?? false);
}
