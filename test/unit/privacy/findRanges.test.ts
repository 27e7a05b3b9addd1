import { describe, expect, it } from 'vitest';
import { solver } from './highs';
import { discloses, findPinned, findRanges, type KeptModels } from '../../../src/core/privacy/audit/findRanges';
import type { LpSolver } from '../../../src/core/privacy/audit/lpSolver';

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
    const ranges = findRanges(model, solver);
    ranges.forEach((r, i) => {
      expect(r.min).toBeCloseTo(expected[i]!.min);
      if (expected[i]!.max === Infinity) expect(r.max).toBe(Infinity);
      else expect(r.max).toBeCloseTo(expected[i]!.max);
    });
  });

  it.each([
    [{ min: 3, max: 3 }, true],
    [{ min: 3, max: 3.5 }, true],
    // 1.7 wide, yet 162 is the only whole number in it: a disclosure (the old width rule let it pass)
    [{ min: 161.2, max: 162.9 }, true],
    [{ min: 2.5, max: 3.5 }, true],
    [{ min: 3, max: 4 }, false],
    [{ min: 2.9999999, max: 4.0000001 }, false],
    [{ min: 2.5, max: 4.5 }, false],
    [{ min: 0, max: Infinity }, false],
  ])('discloses(%o) is %s', (range, expected) => {
    expect(discloses(range)).toBe(expected);
  });
});

describe('findPinned', () => {
  it('finds a cell whose interval holds one whole number although it is wider than one', () => {
    // x0 + x1 = 3 and 2·x0 + 2·x2 = 3 (a row may name an unknown twice), so x0 = 1.5 − x2.
    // Targets: x0 + x1 = 3 exactly (pinned); x0 in [0, 1.5] holds 0 and 1; x1 = 3 − x0 in [1.5, 3]
    // holds 2 and 3; x2 in [0, 1.5] holds 0 and 1. With a reason's bound x2 ≥ 0.6: x2 in [0.6, 1.5]
    // holds only 1, x0 in [0, 0.9] only 0, x1 in [2.1, 3] only 3: all four pinned.
    const model = {
      variableCount: 3,
      equations: [{ vars: [0, 1], rhs: 3 }, { vars: [0, 0, 2, 2], rhs: 3 }],
      targets: [[0, 1], [0], [1], [2]],
      bounds: [{ vars: [2], min: 0.6 }],
    };
    expect(findPinned(model, solver).map((p) => p.index)).toEqual([0, 1, 2, 3]);
    expect(findPinned({ ...model, bounds: [] }, solver).map((p) => p.index)).toEqual([0]);
  });

  it('uses the given true point as a witness and still finds what it pins', () => {
    // 2×2 table of 7, 9 / 8, 8 from the case above, truth x = (3, 4, 5, 4); the row x0 + x1 = 7 is pinned.
    const model = {
      variableCount: 4,
      equations: [{ vars: [0, 1], rhs: 7 }, { vars: [2, 3], rhs: 9 }, { vars: [0, 2], rhs: 8 }, { vars: [1, 3], rhs: 8 }],
      targets: [[0], [3], [0, 1]],
      truth: [3, 4, 5, 4],
    };
    expect(findPinned(model, solver)).toEqual([
      { index: 2, range: { min: expect.closeTo(7), max: expect.closeTo(7) }, binding: expect.any(Array) },
    ]);
  });

  it('finds the unknowns a sum equal to 0 holds at 0, pinned by that sum', () => {
    // x0 + x1 = 0 with x ≥ 0: both are 0, pinned, and so is their sum; row 0 binds each (it is
    // the only row they are in). x2 + x3 = 5 leaves x2 in [0, 5]: not pinned.
    const model = { variableCount: 4, equations: [{ vars: [0, 1], rhs: 0 }, { vars: [2, 3], rhs: 5 }], targets: [[0], [1], [0, 1], [2]] };
    expect(findPinned(model, solver)).toEqual([
      { index: 0, range: { min: 0, max: 0 }, binding: [0] },
      { index: 1, range: { min: 0, max: 0 }, binding: [0] },
      { index: 2, range: { min: 0, max: 0 }, binding: [0] },
    ]);
    // With the true point given, the pushes skip the held cells; the result is the same.
    expect(findPinned({ ...model, truth: [0, 0, 2, 3] }, solver).map((p) => p.index)).toEqual([0, 1, 2]);
    // A signed row (a stock–flow link: x0 − x1 = 0) does not hold its unknowns at 0: x0 = x1 ≥ 0.
    expect(findPinned({ variableCount: 2, equations: [{ vars: [0, 1], rhs: 0, coefs: [1, -1] }], targets: [[0]] }, solver)).toEqual([]);
  });

  it('names the sums that pin a target (non-zero duals), for the repair to loosen', () => {
    // x0 + x1 = 3 and x1 + x2 = 5. The target x0 + x1 is 3 by the first row alone. Its LP optimum
    // has x2 = 5 − x1 ≥ 2 > 0 (x1 ≤ 3), so x2 is basic and the second row's dual is 0: only row 0 binds.
    // x1 alone ranges over [0, 3]: not pinned.
    const model = { variableCount: 3, equations: [{ vars: [0, 1], rhs: 3 }, { vars: [1, 2], rhs: 5 }], targets: [[0, 1], [1]] };
    expect(findPinned(model, solver)).toEqual([{ index: 0, range: { min: expect.closeTo(3), max: expect.closeTo(3) }, binding: [0] }]);
  });

  it('takes fixed unknowns and free rows: one matrix whose bounds tell what is published', () => {
    // The 2×2 table 1 2 / 3 4 with rows 3, 7 and columns 4, 6 all as rows. With x1 published
    // (fixed at 2) and x3 published (fixed at 4): x0 = 3 − 2 = 1 and x2 = 7 − 4 = 3, both pinned.
    const equations = [{ vars: [0, 1], rhs: 3 }, { vars: [2, 3], rhs: 7 }, { vars: [0, 2], rhs: 4 }, { vars: [1, 3], rhs: 6 }];
    const model = { variableCount: 4, equations, targets: [[0], [2]], truth: [1, 2, 3, 4], fixed: [NaN, 2, NaN, 4] };
    expect(findPinned(model, solver).map((p) => p.index)).toEqual([0, 1]);
    // Hide the first row too (a free row binds nothing): row 1 still gives x2 = 7 − 4 = 3 and
    // column 0 then x0 = 4 − 3 = 1: both still pinned.
    const freeRow0 = equations.map((e, i) => (i === 0 ? { ...e, free: true } : e));
    expect(findPinned({ ...model, equations: freeRow0 }, solver).map((p) => p.index)).toEqual([0, 1]);
    // Hide x3 as well: column 1 gives x3 = 6 − 2 = 4, so the same. Hide x1 too: x1 + x3 = 6,
    // x2 + x3 = 7, x0 + x2 = 4 leave x3 = t in [3, 6] (x0 = t − 3 ≥ 0, x1 = 6 − t ≥ 0): x0 ranges
    // over [0, 3] and x2 = 7 − t over [1, 4], neither pinned.
    expect(findPinned({ ...model, equations: freeRow0, fixed: [NaN, 2, NaN, NaN] }, solver).map((p) => p.index)).toEqual([0, 1]);
    expect(findPinned({ ...model, equations: freeRow0, fixed: [NaN, NaN, NaN, NaN] }, solver)).toEqual([]);
  });

  it('keeps its LP models for the next audit of the same matrix: the bounds change, the model stays', () => {
    // The same three audits as above, in the order a repair runs them (each hides more), with one
    // kept-models map: the first builds the one model of the one component, the next two rebound it.
    const equations = [{ vars: [0, 1], rhs: 3, free: true }, { vars: [2, 3], rhs: 7 }, { vars: [0, 2], rhs: 4 }, { vars: [1, 3], rhs: 6 }];
    // No true point: the moves have nothing to start from, so every target needs the LP.
    const model = { variableCount: 4, equations, targets: [[0], [2]] };
    let built = 0;
    const counting: LpSolver = { model: (problem) => (built++, solver.model(problem)) };
    const kept: KeptModels = new Map();
    const audit = (fixed: number[]) => findPinned({ ...model, fixed }, counting, undefined, undefined, kept).map((p) => p.index);
    expect(audit([NaN, 2, NaN, 4])).toEqual([0, 1]);
    expect(audit([NaN, 2, NaN, NaN])).toEqual([0, 1]);
    expect(audit([NaN, NaN, NaN, NaN])).toEqual([]);
    expect(built).toBe(1);
    expect(kept.size).toBe(1);
    const lp = [...kept.values()][0]!.model;
    // A model takes only bounds: another matrix is a programmer's error.
    expect(() => lp.rebound({ columns: 1, rowStarts: new Int32Array(1), rowIndices: new Int32Array(0), rowValues: new Float64Array(0), rowLower: new Float64Array(0), rowUpper: new Float64Array(0) })).toThrow();
    lp.dispose();
  });
});
