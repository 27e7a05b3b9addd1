import type { Dataset, Group } from '../../../src/core/types';

/** mulberry32: a small seeded generator, so every table here is the same on every run. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A herkomst table over `sizes` (labels per dimension, the first being 'jaar' when `years`), whole
 * counts, nobody of unknown origin. Group sizes are Zipf-like up to `largest` (most groups small,
 * a few large) or log-uniform over 5–500, each group's origin shares drawn once and kept over the
 * years, as in real data.
 */
export function realisticTable(dimensions: string[], sizes: number[], seed: number, largest = 400, spread: 'zipf' | 'log-uniform' = 'zipf'): Dataset {
  const rand = seeded(seed);
  const groups: Group[] = [];
  const yearIndex = dimensions.indexOf('jaar');
  const walk = (d: number, labels: number[]) => {
    if (d < dimensions.length) {
      for (let i = 0; i < sizes[d]!; i++) walk(d + 1, [...labels, i]);
      return;
    }
    groups.push({ key: Object.fromEntries(dimensions.map((dim, i) => [dim, `${dim}-${labels[i]}`])), total: 0, counts: {} });
  };
  walk(0, []);
  const profiles = new Map<string, { base: number; nl: number; eu: number }>();
  for (const group of groups) {
    const id = dimensions.map((d, i) => (i === yearIndex ? '' : group.key[d])).join('|');
    let p = profiles.get(id);
    if (!p) {
      const nl = 0.5 + 0.45 * rand();
      // zipf: P(size ≥ s) ≈ 1/s, nearly every group small; log-uniform: as many of 5–50 as of 50–500.
      const base = spread === 'zipf' ? Math.max(1, Math.floor(largest / (1 + Math.floor(rand() * largest)))) : Math.round(5 * 100 ** rand());
      profiles.set(id, (p = { base, nl, eu: (1 - nl) * rand() }));
    }
    const total = Math.max(1, Math.round(p.base * (0.85 + 0.3 * rand())));
    const eu = Math.round(total * p.eu);
    const nl = Math.min(total - eu, Math.round(total * p.nl));
    group.total = total;
    group.counts = { nederland: nl, europa: eu, 'buiten-europa': total - nl - eu };
  }
  return { scheme: 'herkomst', dimensions, groups };
}
