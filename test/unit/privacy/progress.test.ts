import { describe, expect, it } from 'vitest';
import { solver } from './highs';
import { publishWithStats, type PublishProgress } from '../../../src/core/privacy';
import { realisticTable } from './tables';

describe('publish reports how far its audit is', () => {
  it('per repair round, from 0 checked up, never past the hidden cells of that round', () => {
    const dataset = realisticTable(['jaar', 'afdeling', 'niveau'], [2, 6, 3], 7, 300);
    const seen: PublishProgress[] = [];
    const { stats } = publishWithStats(dataset, 'internal', solver, { onProgress: (p) => seen.push(p) });
    expect(stats.audited).toBe(true);
    // Every round starts at 0 of its total, in order 1, 2, …
    const starts = seen.filter((p) => p.checked === 0).map((p) => p.round);
    expect(starts[0]).toBe(1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(seen.every((p) => p.checked >= 0 && p.checked <= p.total && p.total > 0)).toBe(true);
  });
});
