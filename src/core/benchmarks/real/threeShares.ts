import { roundShares } from '../generate/rakeShares';

/**
 * Shares of three counts among themselves, rounded to 5 decimals and adding to 1. Persons of
 * unknown origin (0.2% of the working population before 2021) are left out, as a staff count
 * without a known origin would be; the denominator stays CBS's total.
 */
export function threeShares(ids: readonly string[], counts: readonly number[]): Record<string, number> {
  const sum = counts.reduce((a, b) => a + b, 0);
  const rounded = roundShares(counts.map((c) => c / sum));
  return Object.fromEntries(ids.map((id, k) => [id, rounded[k] ?? 0]));
}
