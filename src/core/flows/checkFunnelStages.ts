import { flowIssue, type FlowIssue } from './flowIssue';
import type { CollectedFlows } from './collectFlows';

/**
 * People cannot enter a funnel halfway or re-enter it: in each period, group and origin, a stage
 * never counts more than the stage before it that has a count. A stage that does is an error at
 * its own row. `stages` is the funnel's order.
 */
export function checkFunnelStages({ flows, at }: CollectedFlows, stages: readonly string[]): FlowIssue[] {
  const rank = new Map(stages.map((s, i) => [s, i]));
  const byLine = new Map<string, number[]>();
  flows.forEach((f, i) => {
    if (f.kind !== 'funnel') return;
    const key = `${f.period}\u0000${f.group}\u0000${f.category}`;
    const line = byLine.get(key) ?? [];
    byLine.set(key, line);
    line.push(i);
  });
  const issues: FlowIssue[] = [];
  for (const line of byLine.values()) {
    const stageOf = (i: number) => {
      const f = flows[i]!;
      return f.kind === 'funnel' ? f.stage : '';
    };
    line.sort((a, b) => rank.get(stageOf(a))! - rank.get(stageOf(b))!);
    for (let k = 1; k < line.length; k++) {
      const before = flows[line[k - 1]!]!;
      const now = flows[line[k]!]!;
      if (now.count <= before.count) continue;
      issues.push(
        flowIssue('funnel-exceeds-previous', at[line[k]!], {
          period: now.period, group: now.group, category: now.category,
          stage: stageOf(line[k]!), count: now.count, previousStage: stageOf(line[k - 1]!), previous: before.count,
        }),
      );
    }
  }
  return issues;
}
