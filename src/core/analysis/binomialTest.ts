/** R's tolerance for "as or less likely than the observed outcome" (binom.test's relErr). */
const RELATIVE_ERROR = 1 + 1e-7;

function assertCount(name: string, v: number): void {
  if (!Number.isInteger(v) || v < 0) throw new RangeError(`binomialTest: ${name} must be an integer ≥ 0, got ${v}`);
}

/**
 * Exact two-sided binomial test of k successes in n trials against probability p, as R's
 * binom.test: the p-value is the total probability of all outcomes no more likely than the
 * observed one, P(X = i) ≤ P(X = k) × (1 + 1e-7).
 */
export function binomialTest(k: number, n: number, p: number): number {
  assertCount('n', n);
  assertCount('k', k);
  if (k > n) throw new RangeError(`binomialTest: k (${k}) exceeds n (${n})`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomialTest: p must be in [0, 1], got ${p}`);
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;

  const mode = Math.min(n, Math.floor((n + 1) * p));
  const odds = p / (1 - p);
  // Terms are P(X = i) / P(X = mode), walked outwards from the mode with the pmf ratio
  // P(i + 1) / P(i) = (n − i) / (i + 1) × p / (1 − p); the mode's term is 1, every other ≤ 1, so
  // nothing overflows and far terms may underflow harmlessly. No array: this runs per category
  // of every small group on each change of benchmark.
  const up = (i: number, term: number) => term * ((n - i) / (i + 1)) * odds;
  const down = (i: number, term: number) => (term * (i / (n - i + 1))) / odds;
  let observed = 1;
  if (k > mode) for (let i = mode; i < k; i++) observed = up(i, observed);
  else for (let i = mode; i > k; i--) observed = down(i, observed);

  const limit = observed * RELATIVE_ERROR;
  let all = 1;
  let tail = 1 <= limit ? 1 : 0;
  let term = 1;
  for (let i = mode; i < n && term > 0; i++) {
    term = up(i, term);
    all += term;
    if (term <= limit) tail += term;
  }
  term = 1;
  for (let i = mode; i > 0 && term > 0; i--) {
    term = down(i, term);
    all += term;
    if (term <= limit) tail += term;
  }
  // Dividing by the sum of all terms turns them into probabilities without ever computing
  // P(X = mode) itself.
  return Math.min(1, tail / all);
}
