/**
 * The four-fifths rule of selection research (US Uniform Guidelines, 1978): a group selected at
 * less than 0.8 times the rate of the most favoured group shows adverse impact. Here the
 * yardstick is the reference group (Nederland / Nederlandse achtergrond), a marked threshold on
 * the ratio, not a test: small groups cross it by chance, which is why a test goes beside it.
 */
export const FOUR_FIFTHS = 0.8;

function assertPart(name: string, part: number, whole: number): void {
  if (!(part >= 0 && part <= whole) || !Number.isFinite(whole)) {
    throw new RangeError(`selectionRatio: ${name} must be in [0, total] with a finite total, got ${part} of ${whole}`);
  }
}

/**
 * A group's selection rate relative to the reference group's: (selected / total) ÷
 * (refSelected / refTotal). Counts may be fractional (derived from percentages).
 *
 * Undefined ratios are NaN, never 0 or 1, so a view shows "unknown" rather than a figure: either
 * total 0 (no rate), or both rates 0 (0 ÷ 0). A positive rate against a reference rate of 0 is
 * Infinity. Negative counts or more selected than total are programmer errors and throw.
 */
export function selectionRatio(selected: number, total: number, refSelected: number, refTotal: number): number {
  assertPart('selected', selected, total);
  assertPart('refSelected', refSelected, refTotal);
  if (total === 0 || refTotal === 0) return NaN;
  return selected / total / (refSelected / refTotal);
}
