import type { Count } from './computeShares';
import { shareOf } from './computeShares';

/** Default yearly staff turnover (10%): shown to the user, who can change it. */
export const DEFAULT_TURNOVER = 0.1;

export interface TargetInput {
  /** Current headcount of the category; null when suppressed. */
  count: Count;
  /** Current headcount of the group or organisation. */
  total: Count;
  /** Streefcijfer: the target share (fraction 0–1). */
  targetShare: number;
  currentYear: number;
  /** Streefjaar: the year by which the target should be reached. */
  targetYear: number;
  /** Yearly share of staff that leaves and is replaced (fraction 0–1); default DEFAULT_TURNOVER. */
  turnover?: number;
  /** 'at-least' (the usual streefcijfer, a minimum) or 'at-most' (a ceiling). Default 'at-least'. */
  direction?: 'at-least' | 'at-most';
}

export type TargetStatus =
  /** The current share already meets the target. */
  | 'reached'
  /** The needed intake share lies in [0, 1]. */
  | 'reachable'
  /** Even an intake made up entirely of this category would not get there in time. */
  | 'unreachable-above-100'
  /** Even an intake with none of this category would not get there in time (a ceiling too far below). */
  | 'unreachable-below-0'
  /** The target year is not after the current year, or turnover is 0: no intake can change the share. */
  | 'no-time'
  /** The count or total is unknown (suppressed) or the total is 0. */
  | 'unknown';

export interface TargetProjection {
  share: number | null;
  /** share ÷ target share; above 1 means the target is exceeded (views cap the bar at 100% and say so). */
  progress: number | null;
  /** count − target share × total: negative = persons short of the target now. */
  gap: number | null;
  /** targetYear − currentYear. */
  years: number;
  turnover: number;
  /**
   * The share of each year's intake that must come from this category to reach the target in the
   * target year; may lie outside [0, 1] when unreachable (status says so). Null when not computable.
   */
  requiredIntakeShare: number | null;
  status: TargetStatus;
}

/**
 * Progress towards a target share and the yearly intake share it implies.
 *
 * Model: headcount is constant; each year a fraction r of staff leaves, and leavers mirror the
 * current composition; they are replaced by an intake of which a share q is in the category.
 * With s_t the share in year t:
 *   s_{t+1} = s_t(1 − r) + q·r                       (stayers keep their share, intake adds q·r)
 * The fixed point is q; the distance to it shrinks by (1 − r) per year, so after m years
 *   s_m = q + (s_0 − q)(1 − r)^m.
 * Setting s_m = target T and writing d = (1 − r)^m:
 *   T = q(1 − d) + s_0·d   ⇒   q = (T − s_0·d) / (1 − d),   defined when d < 1 (m > 0, r > 0).
 */
export function projectTarget(input: TargetInput): TargetProjection {
  const { count, total, targetShare, currentYear, targetYear } = input;
  const turnover = input.turnover ?? DEFAULT_TURNOVER;
  const direction = input.direction ?? 'at-least';
  if (!(targetShare >= 0 && targetShare <= 1)) throw new RangeError(`projectTarget: targetShare must be in [0, 1], got ${targetShare}`);
  if (!(turnover >= 0 && turnover <= 1)) throw new RangeError(`projectTarget: turnover must be in [0, 1], got ${turnover}`);
  const years = targetYear - currentYear;
  const share = shareOf(count, total);
  const base = { share, years, turnover };
  if (share == null || count == null || total == null) {
    return { ...base, progress: null, gap: null, requiredIntakeShare: null, status: 'unknown' };
  }
  const progress = targetShare === 0 ? null : share / targetShare;
  const gap = count - targetShare * total;
  const met = direction === 'at-least' ? share >= targetShare : share <= targetShare;
  const d = (1 - turnover) ** years;
  const q = years > 0 && turnover > 0 ? (targetShare - share * d) / (1 - d) : null;
  const status: TargetStatus = met
    ? 'reached'
    : q == null
      ? 'no-time'
      : q > 1
        ? 'unreachable-above-100'
        : q < 0
          ? 'unreachable-below-0'
          : 'reachable';
  return { ...base, progress, gap, requiredIntakeShare: q, status };
}
