import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareGroup, type CategoryComparison } from '../../../src/core/analysis/compareGroup';
import { compareToBenchmark } from '../../../src/core/analysis/compareToBenchmark';
import type { Dataset } from '../../../src/core/types';

const CATS = ['nederland', 'europa', 'buiten-europa'];
const BENCH = { nederland: 0.75, europa: 0.1, 'buiten-europa': 0.15 };

function expectMeasures(got: CategoryComparison | undefined, want: Partial<CategoryComparison>) {
  expect(got).toBeDefined();
  for (const [k, v] of Object.entries(want) as Array<[keyof CategoryComparison, number | null]>) {
    if (v === null) expect(got![k], k).toBeNull();
    else expect(got![k], k).toBeCloseTo(v, 10);
  }
}

describe('compareGroup', () => {
  // Group of 200: 140 nederland, 30 europa, 30 buiten-europa.
  const result = compareGroup({ nederland: 140, europa: 30, 'buiten-europa': 30 }, 200, BENCH, CATS);

  it.each([
    {
      // share 140/200 = 0.70; pp (0.70 − 0.75)×100 = −5; index 0.70/0.75 = 0.9333…;
      // expected 200 × 0.75 = 150; gap 140 − 150 = −10
      category: 'nederland',
      want: { count: 140, share: 0.7, benchmarkShare: 0.75, differencePp: -5, index: 0.7 / 0.75, expected: 150, gap: -10 },
    },
    {
      // 30/200 = 0.15; pp +5; index 0.15/0.10 = 1.5; expected 20; gap +10
      category: 'europa',
      want: { count: 30, share: 0.15, benchmarkShare: 0.1, differencePp: 5, index: 1.5, expected: 20, gap: 10 },
    },
    {
      // 30/200 = 0.15 = benchmark: pp 0; index 1; expected 30; gap 0
      category: 'buiten-europa',
      want: { count: 30, share: 0.15, benchmarkShare: 0.15, differencePp: 0, index: 1, expected: 30, gap: 0 },
    },
  ])('$category', ({ category, want }) => expectMeasures(result[category], want));

  it('a suppressed (null) count gives null share, pp, index and gap but keeps the expected headcount', () => {
    const r = compareGroup({ nederland: 140, europa: null, 'buiten-europa': 30 }, 200, BENCH, CATS);
    // expected = 200 × 0.10 = 20 does not depend on the hidden count
    expectMeasures(r.europa, { count: null, share: null, differencePp: null, index: null, expected: 20, gap: null });
  });

  it('a null total makes every measure that needs it null', () => {
    const r = compareGroup({ nederland: 140, europa: 30, 'buiten-europa': 30 }, null, BENCH, CATS);
    expectMeasures(r.nederland, { count: 140, share: null, differencePp: null, index: null, expected: null, gap: null });
  });

  it('benchmark share 0: index null, pp and gap still defined', () => {
    // share 5/50 = 0.1; pp (0.1 − 0)×100 = 10; expected 0; gap 5
    const r = compareGroup({ x: 5 }, 50, { x: 0 }, ['x']);
    expectMeasures(r.x, { share: 0.1, differencePp: 10, index: null, expected: 0, gap: 5 });
  });

  it('category missing from the benchmark: benchmark measures null', () => {
    const r = compareGroup({ x: 5 }, 50, {}, ['x']);
    expectMeasures(r.x, { share: 0.1, benchmarkShare: null, differencePp: null, index: null, expected: null, gap: null });
  });

  it('total 0: shares null, expected 0', () => {
    const r = compareGroup({ x: 0 }, 0, { x: 0.5 }, ['x']);
    expectMeasures(r.x, { share: null, expected: 0, gap: 0 });
  });

  it('property: index is exactly 1 when the share equals the benchmark share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (total, k0) => {
        const k = k0 % (total + 1);
        fc.pre(k > 0);
        const r = compareGroup({ x: k }, total, { x: k / total }, ['x']);
        expect(r.x!.index).toBe(1);
        expect(r.x!.differencePp).toBe(0);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('property: index ≠ 1 when the share differs from the benchmark share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (total, k0, bench) => {
          const k = k0 % (total + 1);
          fc.pre(k / total !== bench);
          expect(compareGroup({ x: k }, total, { x: bench }, ['x']).x!.index).not.toBe(1);
        },
      ),
      { seed: 8, numRuns: 300 },
    );
  });
});

describe('compareToBenchmark', () => {
  it('compares every group over the scheme categories, source-suppressed as null', () => {
    const dataset: Dataset = {
      scheme: 'herkomst',
      dimensions: ['afdeling'],
      groups: [
        { key: { afdeling: 'A' }, total: 200, counts: { nederland: 140, europa: 30, 'buiten-europa': 30 } },
        { key: { afdeling: 'B' }, total: 40, counts: { nederland: 36, europa: 0, 'buiten-europa': 4 }, suppressed: ['europa'] },
      ],
    };
    const [a, b] = compareToBenchmark(dataset, BENCH);
    expect(a!.key).toEqual({ afdeling: 'A' });
    expectMeasures(a!.categories.europa, { share: 0.15, index: 1.5 });
    // B: europa suppressed -> null; nederland 36/40 = 0.9, pp (0.9 − 0.75)×100 = 15
    expectMeasures(b!.categories.europa, { count: null, share: null });
    expectMeasures(b!.categories.nederland, { share: 0.9, differencePp: 15 });
    expect(Object.keys(b!.categories)).toEqual(CATS);
  });
});
