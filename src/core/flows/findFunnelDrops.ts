import type { OriginCounts } from './flowRates';
import type { FlowFinding } from './types';

/** Where in the funnel an origin's share falls most: from `previousStage` to `stage`. */
export type FunnelDrop = FlowFinding<
  'funnel-drop',
  { category: string; previousStage: string; stage: string; fromShare: number; toShare: number }
>;

function sharesAt(counts: OriginCounts | undefined, categories: readonly string[]): Map<string, number> | null {
  let total = 0;
  for (const c of categories) total += counts?.[c] ?? 0;
  if (!(total > 0)) return null;
  return new Map(categories.map((c) => [c, (counts?.[c] ?? 0) / total]));
}

/**
 * For each origin, the step of the funnel (stages in the order given) where its share of the
 * people at that stage falls most. Origins whose share never falls are left out; the rest come
 * largest drop first (ties in category order), so the first is the one sentence a summary says.
 * A stage with nobody in it has no shares: the steps into and out of it are skipped.
 */
export function findFunnelDrops(
  stages: readonly string[],
  byStage: Record<string, OriginCounts | undefined>,
  categories: readonly string[],
): FunnelDrop[] {
  const shares = stages.map((s) => sharesAt(byStage[s], categories));
  const drops: FunnelDrop[] = [];
  for (const category of categories) {
    let best: FunnelDrop | null = null;
    for (let i = 1; i < stages.length; i++) {
      const from = shares[i - 1]?.get(category);
      const to = shares[i]?.get(category);
      if (from === undefined || to === undefined || !(to < from)) continue;
      if (best && from - to <= best.params.fromShare - best.params.toShare) continue;
      const params = { category, previousStage: stages[i - 1]!, stage: stages[i]!, fromShare: from, toShare: to };
      best = { severity: 'info', code: 'funnel-drop', params };
    }
    if (best) drops.push(best);
  }
  const size = (d: FunnelDrop) => d.params.fromShare - d.params.toShare;
  // Array.prototype.sort is stable: equal drops keep category order.
  return drops.sort((a, b) => size(b) - size(a));
}
