import { describe, expect, it } from 'vitest';
import { findPinned, findRanges, type AuditModel } from '../../../src/core/privacy/audit/findRanges';
import { solver } from './highs';

// Rows with signed coefficients, as publishFlows' stock–flow links: hires − leavers = change.
describe('audit rows with coefficients', () => {
  it('solves a signed row: x0 − x1 = 2 and x0 + x1 = 4 give x0 = 3, x1 = 1', () => {
    const model: AuditModel = {
      variableCount: 2,
      equations: [
        { vars: [0, 1], coefs: [1, -1], rhs: 2 },
        { vars: [0, 1], rhs: 4 },
      ],
      targets: [[0], [1]],
    };
    expect(findRanges(model, solver)).toEqual([
      { min: 3, max: 3 },
      { min: 1, max: 1 },
    ]);
  });

  it('keeps a target free when the signed row leaves room: x0 − x1 = 2, x0 + x2 = 6 (truth 4, 2, 2)', () => {
    // x0 = x1 + 2 and x0 ≤ 6: x0 in [2, 6], x1 in [0, 4], x2 in [0, 4]; none pinned. The one-person
    // moves from the truth (x0 and x1 up together breaks the second row) must respect the signs.
    const model: AuditModel = {
      variableCount: 3,
      equations: [
        { vars: [0, 1], coefs: [1, -1], rhs: 2 },
        { vars: [0, 2], rhs: 6 },
      ],
      targets: [[0], [1], [2]],
      truth: [4, 2, 2],
    };
    expect(findPinned(model, solver)).toEqual([]);
    expect(findRanges(model, solver)).toEqual([
      { min: 2, max: 6 },
      { min: 0, max: 4 },
      { min: 0, max: 4 },
    ]);
  });

  it('finds the pin a signed row makes with the truth as a witness: x0 − x1 = 0, x0 + x1 = 2 (truth 1, 1)', () => {
    const model: AuditModel = {
      variableCount: 2,
      equations: [
        { vars: [0, 1], coefs: [1, -1], rhs: 0 },
        { vars: [0, 1], rhs: 2 },
      ],
      targets: [[0], [1]],
      truth: [1, 1],
    };
    expect(findPinned(model, solver).map((p) => p.index)).toEqual([0, 1]);
  });
});
