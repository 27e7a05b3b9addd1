import { logGamma } from '../analysis/logGamma';

/**
 * Relative tolerance for "as or less likely than the observed table". scipy uses 1 + 1e-14 and R
 * 1 + 1e-7; we take R's (as binomialTest does) because log-factorials of counts in the thousands
 * carry rounding noise far above 1e-14, and two tables that are equally likely in exact arithmetic
 * (the mirror images of a symmetric margin) must count alike. Tables that differ by less than
 * 1e-7 relative in probability are the only place the two could disagree.
 */
const RELATIVE_ERROR = 1 + 1e-7;

function assertCount(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 0) throw new RangeError(`fisherExact: ${name} must be an integer ≥ 0, got ${v}`);
}

const logFactorial = (n: number) => logGamma(n + 1);

/**
 * Fisher's exact test of the 2×2 table [[a, b], [c, d]], two-sided as scipy.stats.fisher_exact:
 * with the margins fixed, a is hypergeometric, and p is the total probability of every table no
 * more likely than the observed one. oddsRatio is the sample odds ratio a·d / (b·c), as scipy:
 * NaN with p = 1 when a row or column sums to 0 (nothing to test), Infinity when b or c is 0.
 */
export function fisherExact(a: number, b: number, c: number, d: number): { p: number; oddsRatio: number } {
  assertCount('a', a);
  assertCount('b', b);
  assertCount('c', c);
  assertCount('d', d);
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  if (row1 === 0 || row2 === 0 || col1 === 0 || b + d === 0) return { p: 1, oddsRatio: NaN };
  const oddsRatio = b > 0 && c > 0 ? (a * d) / (b * c) : Infinity;

  // ln P(x) up to a constant shared by every table with these margins: the constant cancels when
  // each term is divided by the sum of all of them (which is 1 in exact arithmetic).
  const logWeight = (x: number) =>
    -(logFactorial(x) + logFactorial(row1 - x) + logFactorial(col1 - x) + logFactorial(row2 - col1 + x));
  const low = Math.max(0, col1 - row2);
  const high = Math.min(row1, col1);
  const weights: number[] = [];
  let top = -Infinity;
  for (let x = low; x <= high; x++) {
    const w = logWeight(x);
    weights.push(w);
    if (w > top) top = w;
  }
  // Scaled by the most likely table so nothing overflows; far tails may underflow to 0 harmlessly.
  const limit = Math.exp(weights[a - low]! - top) * RELATIVE_ERROR;
  let all = 0;
  let tail = 0;
  for (const w of weights) {
    const term = Math.exp(w - top);
    all += term;
    if (term <= limit) tail += term;
  }
  return { p: Math.min(1, tail / all), oddsRatio };
}
