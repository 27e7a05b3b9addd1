import type { Count } from './computeShares';
import { binomialTest } from './binomialTest';
import { goodnessOfFit } from './goodnessOfFit';

/** Below this expected count in any category the chi-square approximation is not trusted (Cochran's rule). */
export const MIN_EXPECTED_FOR_CHI_SQUARE = 5;

/** Why no significance is claimed for a group. */
export type NoTestReason =
  /** Counts were derived from percentages × headcount: no real counts to test. */
  | 'from-percentages'
  /** The group is smaller than the disclosure group minimum. */
  | 'below-threshold'
  /** A count or the total is unknown (suppressed). */
  | 'suppressed'
  /** The benchmark has no share for one of the categories. */
  | 'no-benchmark';

export type GroupTest =
  | { method: 'chi-square'; statistic: number; df: number; p: number; significant: boolean }
  | {
      method: 'exact-binomial';
      /** Bonferroni-adjusted group p-value: min(1, categories × smallest per-category p). */
      p: number;
      /** Per category, the unadjusted two-sided exact p-value. */
      perCategory: Record<string, number>;
      significant: boolean;
    }
  | { method: 'none'; reason: NoTestReason };

export interface TestGroupOptions {
  /** The disclosure control's minimum group size: no test below it. */
  minGroupSize: number;
  /** True when the dataset's counts came from percentages (DatasetMeta.fromPercentages). */
  fromPercentages?: boolean;
  /** Significance level, default 0.05. */
  alpha?: number;
}

/**
 * Tests whether a group's distribution over the categories differs from the benchmark.
 * Chi-square goodness-of-fit when every expected count (n × benchmark share, n = Σ counts) is at
 * least 5; otherwise an exact binomial test per category, combined with a Bonferroni correction.
 * Claims nothing (method 'none' with a reason) for counts from percentages, groups below the
 * disclosure minimum, or unknown counts, in that order of precedence. Fractional counts are
 * treated as derived from percentages even when the flag is missing: they are not real counts.
 */
export function testGroup(
  counts: Record<string, Count | undefined>,
  total: Count,
  benchmarkShares: Record<string, number | undefined>,
  categories: readonly string[],
  options: TestGroupOptions,
): GroupTest {
  const alpha = options.alpha ?? 0.05;
  const observed: number[] = [];
  const shares: number[] = [];
  let unknown = total == null;
  let fractional = false;
  let missingBenchmark = false;
  let n = 0;
  let shareSum = 0;
  // One pass, no callbacks: the groups view tests thousands of groups per change of benchmark.
  for (const category of categories) {
    const count = counts[category];
    const share = benchmarkShares[category];
    if (count == null) unknown = true;
    else if (!Number.isInteger(count)) fractional = true;
    if (share == null) missingBenchmark = true;
    observed.push(count ?? 0);
    shares.push(share ?? 0);
    n += count ?? 0;
    shareSum += share ?? 0;
  }
  if (options.fromPercentages || fractional) return { method: 'none', reason: 'from-percentages' };
  if (total != null && total < options.minGroupSize) return { method: 'none', reason: 'below-threshold' };
  if (unknown) return { method: 'none', reason: 'suppressed' };
  if (missingBenchmark || !(shareSum > 0)) return { method: 'none', reason: 'no-benchmark' };
  // Published benchmark shares are rounded (74.3 + 10.2 + 15.4 = 99.9%): test against them rescaled.
  let small = false;
  for (let i = 0; i < shares.length; i++) {
    const share = shares[i]! / shareSum;
    shares[i] = share;
    if (share > 0 && n * share < MIN_EXPECTED_FOR_CHI_SQUARE) small = true;
  }
  if (!small) {
    const { statistic, df, p } = goodnessOfFit(observed, shares);
    return { method: 'chi-square', statistic, df, p, significant: p < alpha };
  }
  const perCategory: Record<string, number> = {};
  let smallest = 1;
  categories.forEach((category, i) => {
    const p = binomialTest(observed[i]!, n, shares[i]!);
    perCategory[category] = p;
    smallest = Math.min(smallest, p);
  });
  const p = Math.min(1, categories.length * smallest);
  return { method: 'exact-binomial', p, perCategory, significant: p < alpha };
}
