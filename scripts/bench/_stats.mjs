// Shared helpers for bench sections: medians of interleaved runs, so a noisy neighbour
// slows both candidate and reference alike.
import { performance } from 'node:perf_hooks';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs fn `runs` times after `warmup` runs; returns the median duration in ms. */
export async function timeMedian(fn, { runs = 7, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Times candidate and reference in ABBA order; returns medians and the median per-pair ratio. */
export async function timeRatio(candidate, reference, { pairs = 7, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) { await candidate(); await reference(); }
  const c = [], r = [], ratios = [];
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 ? [reference, candidate] : [candidate, reference];
    const t = [];
    for (const fn of order) { const t0 = performance.now(); await fn(); t.push(performance.now() - t0); }
    const [tc, tr] = i % 2 ? [t[1], t[0]] : [t[0], t[1]];
    c.push(tc); r.push(tr); ratios.push(tc / tr);
  }
  return { candidateMs: median(c), referenceMs: median(r), ratio: median(ratios) };
}
