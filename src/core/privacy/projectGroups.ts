/**
 * Groups of a subset of dimensions. Labels become per-dimension ranks (sorted like compareLabels),
 * so a projected key is one number — rank tuples in mixed radix — and sorting numbers sorts labels.
 */
export function projectGroups(labels: string[][], ranks: Int32Array[], sizes: number[], dims: number[]) {
  const n = labels.length;
  if (dims.length === sizes.length) return { list: labels, index: Int32Array.from({ length: n }, (_, f) => f) };
  const keys = new Float64Array(n);
  for (const d of dims) {
    const r = ranks[d]!;
    for (let f = 0; f < n; f++) keys[f] = keys[f]! * sizes[d]! + r[f]!;
  }
  const sorted = keys.slice().sort();
  let count = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[count++] = sorted[i]!;
  const index = new Int32Array(n);
  for (let f = 0; f < n; f++) index[f] = findSorted(sorted, count, keys[f]!);
  const list: string[][] = new Array(count);
  for (let f = 0; f < n; f++) list[index[f]!] ??= dims.map((d) => labels[f]![d]!);
  return { list, index };
}

function findSorted(values: Float64Array, count: number, value: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per dimension: each finest group's label as its rank among that dimension's sorted labels. */
export function rankLabels(labels: string[][], dimensionCount: number): { ranks: Int32Array[]; sizes: number[] } {
  const ranks: Int32Array[] = [];
  const sizes: number[] = [];
  for (let d = 0; d < dimensionCount; d++) {
    const distinct = [...new Set(labels.map((l) => l[d]!))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const rank = new Map(distinct.map((label, i) => [label, i]));
    ranks.push(Int32Array.from(labels, (l) => rank.get(l[d]!)!));
    sizes.push(distinct.length);
  }
  return { ranks, sizes };
}
