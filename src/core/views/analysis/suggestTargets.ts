/**
 * Suggested targets before the user sets any. A streefcijfer is a floor for a group of
 * non-Dutch origin, so only those categories get one (the scheme's first category, Dutch origin,
 * does not): the benchmark share rounded up to a whole percent, when that lies above the current
 * share. Every other field starts empty.
 */
export function suggestTargets(
  shares: Record<string, number | null>,
  benchmark: Record<string, number> | null,
  categories: readonly string[],
): Record<string, string> {
  const result: Record<string, string> = {};
  categories.forEach((c, i) => {
    const s = shares[c];
    const b = benchmark?.[c];
    // The epsilon keeps 0.15 × 100 = 15.000000000000002 from rounding up to 16.
    const target = b == null ? null : Math.ceil(b * 100 - 1e-9);
    result[c] = i > 0 && s != null && target !== null && target / 100 > s ? String(target) : '';
  });
  return result;
}
