/**
 * Vertical positions for labels that want to sit at `wanted` (e.g. at the end of each line of a
 * line chart) but must be at least `minGap` apart: labels keep their order, overlapping ones are
 * pushed apart around their mean, and the set is kept within [top, bottom] where it fits.
 * Returns positions index for index with `wanted`.
 */
export function spreadLabels(wanted: readonly number[], minGap: number, top = -Infinity, bottom = Infinity): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  // Clusters of labels that touch; each is laid out evenly around its members' mean.
  const clusters: Array<{ members: number[]; start: number }> = [];
  for (const { y, i } of order) {
    clusters.push({ members: [i], start: y });
    // Merge with earlier clusters while they overlap.
    while (clusters.length > 1) {
      const last = clusters[clusters.length - 1]!;
      const prev = clusters[clusters.length - 2]!;
      if (prev.start + prev.members.length * minGap <= last.start) break;
      const members = [...prev.members, ...last.members];
      const mean = members.reduce((s, m) => s + wanted[m]!, 0) / members.length;
      clusters.splice(-2, 2, { members, start: mean - ((members.length - 1) * minGap) / 2 });
    }
  }
  const result = new Array<number>(wanted.length);
  const span = (clusters.length ? order.length - 1 : 0) * minGap;
  let shift = 0;
  const first = clusters[0]?.start ?? 0;
  const lastCluster = clusters[clusters.length - 1];
  const end = lastCluster ? lastCluster.start + (lastCluster.members.length - 1) * minGap : 0;
  if (span <= bottom - top) {
    if (first < top) shift = top - first;
    else if (end > bottom) shift = bottom - end;
  }
  for (const c of clusters) c.members.forEach((m, k) => (result[m] = c.start + k * minGap + shift));
  return result;
}
