import { projectTarget, type TargetProjection } from '../../analysis/projectTarget';
import { shareOf } from '../../analysis/computeShares';
import { canonicalKey, publishedGroups } from '../../privacy/publishedGroups';
import type { PublishedTable } from '../../privacy/types';
import type { ValidTargets } from './validateTargetInputs';

export interface TargetRow {
  category: string;
  count: number | null;
  share: number | null;
  /** The streefcijfer as a fraction, null when none is set. */
  target: number | null;
  /** Null when no target is set or the target year or turnover is invalid. */
  projection: TargetProjection | null;
}

export interface TargetsModel {
  total: number | null;
  currentYear: number;
  rows: TargetRow[];
}

/**
 * Progress towards each category's target for the organisation now (one published key, e.g. the
 * latest year): the gap in persons and the yearly intake share needed by the target year.
 */
export function targetsModel(
  table: PublishedTable,
  key: Record<string, string>,
  categories: readonly string[],
  values: ValidTargets,
  currentYear: number,
): TargetsModel {
  const wanted = canonicalKey(key);
  const group = publishedGroups(table, Object.keys(key)).find((g) => canonicalKey(g.key) === wanted);
  const total = group?.total ?? null;
  const rows = categories.map((category): TargetRow => {
    const count = group?.values[category] ?? null;
    const target = values.targets[category] ?? null;
    const ready = target !== null && values.targetYear !== null && values.turnover !== null;
    return {
      category,
      count,
      share: shareOf(count, total),
      target,
      projection: ready
        ? projectTarget({ count, total, targetShare: target, currentYear, targetYear: values.targetYear!, turnover: values.turnover! })
        : null,
    };
  });
  return { total, currentYear, rows };
}
