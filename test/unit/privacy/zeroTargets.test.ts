import { describe, expect, it } from 'vitest';
import { zeroTargets } from '../../../src/core/privacy/audit/zeroTargets';

describe('zeroTargets', () => {
  it('finds the targets a sum with nothing left to share holds at 0', () => {
    // x0 + x1 = 0: both are 0 (x ≥ 0), and so is any sum of them; x2 + x3 = 5 holds nothing.
    const model = { variableCount: 4, equations: [{ vars: [0, 1], rhs: 0 }, { vars: [2, 3], rhs: 5 }], targets: [[0], [0, 1], [2], [1, 2]] };
    expect([...zeroTargets(model)]).toEqual([0, 1]);
  });

  it('counts fixed unknowns as known and skips free rows', () => {
    // x2 + x3 = 5 with x3 fixed at 5 (published): x2's part is 5 − 5 = 0, so x2 is held at 0.
    // x0 + x1 = 0 as a free row (hidden now) holds nothing.
    const model = {
      variableCount: 4,
      equations: [{ vars: [0, 1], rhs: 0, free: true }, { vars: [2, 3], rhs: 5 }],
      targets: [[0], [2]],
      fixed: [NaN, NaN, NaN, 5],
    };
    expect([...zeroTargets(model)]).toEqual([1]);
    // With x3 fixed at 4 instead, x2 is 1: not held at 0.
    expect([...zeroTargets({ ...model, fixed: [NaN, NaN, NaN, 4] })]).toEqual([]);
  });
});
