import { describe, expect, it } from 'vitest';
import { findRanges, isPinned } from '../../../src/core/privacy/audit/findRanges';
import { findFeasible, solve } from '../../../src/core/privacy/audit/solveLp';
import type { FeasibleRegion } from '../../../src/core/privacy/audit/solveLp';

const minimise = (region: FeasibleRegion, c: number[]) => solve(region, c).value;

describe('findFeasible and solve', () => {
  it('bounds x0 in x0 + x1 = 10, x1 + x2 = 4 (x ≥ 0)', () => {
    const region = findFeasible([[1, 1, 0], [0, 1, 1]], [10, 4], 3)!;
    // x0 = 10 − x1 with 0 ≤ x1 ≤ 4: x0 in [6, 10]; the minimum sits at x1 = 4, x2 = 0
    expect(minimise(region, [1, 0, 0])).toBeCloseTo(6);
    expect([...solve(region, [1, 0, 0]).point!].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([6, 4, 0]);
    expect(-minimise(region, [-1, 0, 0])).toBeCloseTo(10);
  });

  it('drops a redundant equation and reports infeasibility', () => {
    // the third row is the sum of the first two
    const region = findFeasible([[1, 1], [1, 0], [2, 1]], [5, 2, 7], 2)!;
    expect(minimise(region, [0, 1])).toBeCloseTo(3);
    // x0 + x1 = 1 and x0 + x1 = 2 cannot both hold
    expect(findFeasible([[1, 1], [1, 1]], [1, 2], 2)).toBeNull();
    // x0 = -1 has no solution with x0 ≥ 0
    expect(findFeasible([[1]], [-1], 1)).toBeNull();
  });

  it('reports an unbounded objective', () => {
    // x0 − x1 = 0: both can grow without end
    const region = findFeasible([[1, -1]], [0], 2)!;
    expect(-minimise(region, [-1, 0])).toBe(Infinity);
    expect(solve(region, [-1, 0]).point).toBeUndefined();
  });
});

describe('findRanges', () => {
  it.each([
    // 2×2 table, all four hidden, rows 7 and 9, columns 8 and 8: x00 = t, x01 = 7 − t, x10 = 8 − t, x11 = 1 + t, t in [0, 7]
    [{ variableCount: 4, equations: [{ vars: [0, 1], rhs: 7 }, { vars: [2, 3], rhs: 9 }, { vars: [0, 2], rhs: 8 }, { vars: [1, 3], rhs: 8 }], targets: [[0], [3], [0, 1]] },
      [{ min: 0, max: 7 }, { min: 1, max: 8 }, { min: 7, max: 7 }]],
    // no equation touches x0: it can be anything from 0 up
    [{ variableCount: 2, equations: [{ vars: [1], rhs: 3 }], targets: [[0], [1], [0, 1]] },
      [{ min: 0, max: Infinity }, { min: 3, max: 3 }, { min: 3, max: Infinity }]],
    // a zero sum pins both parts to zero through x ≥ 0 alone
    [{ variableCount: 2, equations: [{ vars: [0, 1], rhs: 0 }], targets: [[0]] }, [{ min: 0, max: 0 }]],
  ])('bounds case %#', (model, expected) => {
    const ranges = findRanges(model);
    ranges.forEach((r, i) => {
      expect(r.min).toBeCloseTo(expected[i]!.min);
      if (expected[i]!.max === Infinity) expect(r.max).toBe(Infinity);
      else expect(r.max).toBeCloseTo(expected[i]!.max);
    });
  });

  it.each([
    [{ min: 3, max: 3 }, true],
    [{ min: 3, max: 3.5 }, true],
    [{ min: 3, max: 4 }, false],
    [{ min: 0, max: Infinity }, false],
  ])('isPinned(%o) is %s', (range, expected) => {
    expect(isPinned(range)).toBe(expected);
  });
});
