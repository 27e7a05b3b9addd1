import { shareOf } from './computeShares';
import { sumCells, type CellCounts } from './sumGroups';

export interface PipelineLevel {
  level: string;
  total: number | null;
  shares: Record<string, number | null>;
}

export interface Pipeline {
  /** The levels in the order given, lowest first. */
  levels: PipelineLevel[];
  /** The whole organisation (the given overall cell, or the sum of the levels). */
  overall: PipelineLevel;
  /** The highest level: the last one of the order. */
  top: string | null;
  /**
   * Share at the top ÷ share overall, per category ("glass ceiling" ratio): below 1 means the
   * category thins out towards the top. Null when either share is unknown or the overall share is 0.
   */
  topRatio: Record<string, number | null>;
}

function levelOf(level: string, cell: CellCounts | undefined, categories: readonly string[]): PipelineLevel {
  const shares: Record<string, number | null> = {};
  for (const c of categories) shares[c] = shareOf(cell?.counts[c], cell?.total);
  return { level, total: cell?.total ?? null, shares };
}

/**
 * Each category's share per level of a level-like dimension (salary scale, function level) in the
 * user's order, lowest first, and the top-versus-organisation ratio. `overall` is the organisation's
 * own cell when known (it may hold staff without a level); otherwise the levels are summed, and an
 * unknown level count makes that overall count unknown.
 */
export function computePipeline(
  order: readonly string[],
  byLevel: Record<string, CellCounts | undefined>,
  categories: readonly string[],
  overall?: CellCounts,
): Pipeline {
  const levels = order.map((level) => levelOf(level, byLevel[level], categories));
  const missing: CellCounts = { counts: {}, total: null };
  const whole = overall ?? sumCells(order.map((l) => byLevel[l] ?? missing), categories);
  const all = levelOf('', whole, categories);
  const top = levels.length ? levels[levels.length - 1]! : null;
  const topRatio: Record<string, number | null> = {};
  for (const c of categories) {
    const high = top?.shares[c] ?? null;
    const base = all.shares[c] ?? null;
    topRatio[c] = high == null || base == null || base === 0 ? null : high / base;
  }
  return { levels, overall: all, top: top?.level ?? null, topRatio };
}
