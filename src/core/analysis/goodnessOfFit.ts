import { chiSquareSurvival } from './chiSquareSurvival';

/** Tolerance on Σ expectedShares = 1: benchmark shares are often rounded to a few decimals. */
const SHARE_SUM_TOLERANCE = 1e-6;

/**
 * Pearson's chi-square goodness-of-fit of observed counts against expected shares:
 * statistic = Σ (O − E)² / E with E = n × share and n = Σ observed; df = (categories with a
 * positive expected share) − 1; p = P(χ²_df ≥ statistic).
 *
 * Choices at the edges:
 * - a category with expected share 0 and observed 0 drops out (adds nothing, and no df);
 * - a category with expected share 0 but observed > 0 is impossible under the benchmark:
 *   statistic Infinity, p 0;
 * - n = 0 (nothing observed) or df = 0 (one possible category): statistic 0 and p 1, there is
 *   nothing to test. df is still reported as computed (it may be 0).
 * Shares within 1e-6 of summing to 1 are rescaled to sum to 1 exactly; anything further off,
 * unequal lengths or negative inputs are programmer errors and throw.
 */
export function goodnessOfFit(
  observed: number[],
  expectedShares: number[],
): { statistic: number; df: number; p: number } {
  if (observed.length !== expectedShares.length) {
    throw new RangeError(`goodnessOfFit: ${observed.length} observed counts but ${expectedShares.length} shares`);
  }
  if (observed.some((o) => !(o >= 0) || !Number.isFinite(o))) throw new RangeError('goodnessOfFit: observed counts must be finite and ≥ 0');
  if (expectedShares.some((s) => !(s >= 0) || !Number.isFinite(s))) throw new RangeError('goodnessOfFit: shares must be finite and ≥ 0');
  const shareSum = expectedShares.reduce((a, b) => a + b, 0);
  if (Math.abs(shareSum - 1) > SHARE_SUM_TOLERANCE) throw new RangeError(`goodnessOfFit: shares sum to ${shareSum}, not 1`);

  const n = observed.reduce((a, b) => a + b, 0);
  let statistic = 0;
  let cells = 0;
  for (let i = 0; i < observed.length; i++) {
    const o = observed[i]!;
    const share = expectedShares[i]! / shareSum;
    if (share === 0) {
      if (o > 0) statistic = Infinity;
      continue;
    }
    cells++;
    const e = n * share;
    if (e > 0) statistic += ((o - e) * (o - e)) / e;
  }
  const df = Math.max(0, cells - 1);
  if (n === 0 || (df === 0 && statistic !== Infinity)) return { statistic: 0, df, p: 1 };
  return { statistic, df, p: statistic === Infinity ? 0 : chiSquareSurvival(statistic, df) };
}
