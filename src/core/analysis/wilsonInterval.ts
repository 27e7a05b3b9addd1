import { normalQuantile } from './normalQuantile';

/**
 * Wilson's (1927) score interval for a proportion k of n, without continuity correction
 * (Newcombe 1998, method 3). Chosen over the Wald interval because it stays inside [0, 1] and
 * keeps close to its nominal coverage for the small groups and small shares HR data has.
 *
 * Edge cases: n = 0 gives the uninformative {0, 1}; k = 0 gives low exactly 0 and k = n high
 * exactly 1 (the formula's value there, without rounding noise). k may be fractional (counts from
 * percentages). Out-of-range inputs are programmer errors and throw.
 */
export function wilsonInterval(k: number, n: number, confidence = 0.95): { low: number; high: number } {
  if (!(n >= 0) || !Number.isFinite(n)) throw new RangeError(`wilsonInterval: n must be a finite number ≥ 0, got ${n}`);
  if (!(k >= 0 && k <= n)) throw new RangeError(`wilsonInterval: k must be in [0, n], got k=${k}, n=${n}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`wilsonInterval: confidence must be in (0, 1), got ${confidence}`);
  if (n === 0) return { low: 0, high: 1 };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const p = k / n;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    low: k === 0 ? 0 : Math.max(0, centre - half),
    high: k === n ? 1 : Math.min(1, centre + half),
  };
}
