/**
 * Suggested targets before the user sets any: the benchmark share, rounded to whole percents, for
 * each category now below its benchmark (the usual streefcijfer is a floor for them); none else.
 */
export function suggestTargets(
  shares: Record<string, number | null>,
  benchmark: Record<string, number> | null,
  categories: readonly string[],
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const c of categories) {
    const s = shares[c];
    const b = benchmark?.[c];
    result[c] = s != null && b != null && s < b ? String(Math.round(b * 100)) : '';
  }
  return result;
}
