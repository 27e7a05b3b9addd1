import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeShares, shareOf } from '../../../src/core/analysis/computeShares';
import type { Group } from '../../../src/core/types';

const group = (counts: Record<string, number>, total: number, suppressed?: string[]): Group => ({
  key: { afdeling: 'A' },
  total,
  counts,
  ...(suppressed ? { suppressed } : {}),
});

describe('computeShares', () => {
  const cases: Array<{ name: string; input: Group; expected: Record<string, number | null> }> = [
    {
      // 30 of 40 = 0.75; 6 of 40 = 0.15; 4 of 40 = 0.10
      name: 'counts over the total',
      input: group({ nederland: 30, europa: 6, 'buiten-europa': 4 }, 40),
      expected: { nederland: 0.75, europa: 0.15, 'buiten-europa': 0.1 },
    },
    {
      // europa suppressed at the source: unknown, not 0; 20 of 25 = 0.8
      name: 'suppressed category is null',
      input: group({ nederland: 20, europa: 0, 'buiten-europa': 2 }, 25, ['europa']),
      expected: { nederland: 0.8, europa: null, 'buiten-europa': 0.08 },
    },
    {
      name: 'suppressed category missing from counts is still listed as null',
      input: group({ nederland: 10 }, 10, ['europa']),
      expected: { nederland: 1, europa: null },
    },
    {
      name: 'total 0 gives null shares',
      input: group({ nederland: 0, europa: 0 }, 0),
      expected: { nederland: null, europa: null },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const got = computeShares(input);
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) {
      if (v === null) expect(got[k]).toBeNull();
      else expect(got[k]).toBeCloseTo(v, 12);
    }
  });

  it('shareOf treats null count or total as unknown', () => {
    expect(shareOf(null, 10)).toBeNull();
    expect(shareOf(3, null)).toBeNull();
    expect(shareOf(3, 0)).toBeNull();
    expect(shareOf(0, 10)).toBe(0); // a known zero stays zero
  });

  it('property: shares of a group add to 1', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 6 }), (raw) => {
        const total = raw.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const counts = Object.fromEntries(raw.map((n, i) => [`c${i}`, n]));
        const shares = Object.values(computeShares(group(counts, total)));
        const sum = shares.reduce<number>((a, b) => a + (b ?? 0), 0);
        expect(sum).toBeCloseTo(1, 12);
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});
