import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_TURNOVER, projectTarget } from '../../../src/core/analysis/projectTarget';

describe('projectTarget', () => {
  it('default turnover is 10%', () => expect(DEFAULT_TURNOVER).toBe(0.1));

  it('reachable target, by hand', () => {
    // share 10/100 = 0.10; target 0.20 by 2030 from 2025: m = 5, r = 0.1, d = 0.9^5 = 0.59049
    // q = (0.20 − 0.10 × 0.59049) / (1 − 0.59049) = 0.140951 / 0.40951 = 0.3441943
    // progress 0.10 / 0.20 = 0.5; gap 10 − 0.20 × 100 = −10
    const r = projectTarget({ count: 10, total: 100, targetShare: 0.2, currentYear: 2025, targetYear: 2030 });
    expect(r.share).toBeCloseTo(0.1, 12);
    expect(r.progress).toBeCloseTo(0.5, 12);
    expect(r.gap).toBeCloseTo(-10, 12);
    expect(r.years).toBe(5);
    expect(r.turnover).toBe(0.1);
    expect(r.requiredIntakeShare).toBeCloseTo(0.3441943, 6);
    expect(r.status).toBe('reachable');
  });

  it('turnover 100% means the intake share is the target itself (d = 0)', () => {
    const r = projectTarget({ count: 10, total: 100, targetShare: 0.3, currentYear: 2025, targetYear: 2026, turnover: 1 });
    expect(r.requiredIntakeShare).toBeCloseTo(0.3, 12);
  });

  it('unreachable: would need more than the whole intake', () => {
    // share 0, target 0.5 in 1 year at r = 0.1: d = 0.9; q = (0.5 − 0) / 0.1 = 5
    const r = projectTarget({ count: 0, total: 100, targetShare: 0.5, currentYear: 2025, targetYear: 2026 });
    expect(r.requiredIntakeShare).toBeCloseTo(5, 12);
    expect(r.status).toBe('unreachable-above-100');
  });

  it('unreachable ceiling: would need a negative intake share', () => {
    // share 0.9, at most 0.5 in 1 year: q = (0.5 − 0.9 × 0.9) / 0.1 = (0.5 − 0.81) / 0.1 = −3.1
    const r = projectTarget({ count: 90, total: 100, targetShare: 0.5, currentYear: 2025, targetYear: 2026, direction: 'at-most' });
    expect(r.requiredIntakeShare).toBeCloseTo(-3.1, 12);
    expect(r.status).toBe('unreachable-below-0');
  });

  it('reached: progress above 1 and status reached', () => {
    // 30/100 = 0.3 against 0.2: progress 1.5; gap 30 − 20 = +10
    const r = projectTarget({ count: 30, total: 100, targetShare: 0.2, currentYear: 2025, targetYear: 2030 });
    expect(r.progress).toBeCloseTo(1.5, 12);
    expect(r.gap).toBeCloseTo(10, 12);
    expect(r.status).toBe('reached');
  });

  it.each([
    { name: 'target year not after now', targetYear: 2025, turnover: 0.1 },
    { name: 'no turnover', targetYear: 2030, turnover: 0 },
  ])('no-time: $name', ({ targetYear, turnover }) => {
    const r = projectTarget({ count: 10, total: 100, targetShare: 0.2, currentYear: 2025, targetYear, turnover });
    expect(r.requiredIntakeShare).toBeNull();
    expect(r.status).toBe('no-time');
  });

  it('unknown (suppressed) count or zero total gives no numbers', () => {
    for (const [count, total] of [[null, 100], [5, null], [0, 0]] as const) {
      const r = projectTarget({ count, total, targetShare: 0.2, currentYear: 2025, targetYear: 2030 });
      expect(r.status).toBe('unknown');
      expect(r.gap).toBeNull();
    }
  });

  it('target 0: progress is null, not a division by zero', () => {
    expect(projectTarget({ count: 0, total: 10, targetShare: 0, currentYear: 2025, targetYear: 2030 }).progress).toBeNull();
  });

  it('throws on a share or turnover outside [0, 1]', () => {
    expect(() => projectTarget({ count: 1, total: 10, targetShare: 1.2, currentYear: 2025, targetYear: 2030 })).toThrow(RangeError);
    expect(() => projectTarget({ count: 1, total: 10, targetShare: 0.2, currentYear: 2025, targetYear: 2030, turnover: -0.1 })).toThrow(RangeError);
  });

  it('property: applying the yearly model with the intake share lands on the target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 15 }),
        fc.double({ min: 0.02, max: 1, noNaN: true }),
        (count, target, years, turnover) => {
          const r = projectTarget({ count, total: 1000, targetShare: target, currentYear: 2025, targetYear: 2025 + years, turnover });
          const q = r.requiredIntakeShare!;
          // s_{t+1} = s_t(1 − r) + q·r, m times
          let s = count / 1000;
          for (let t = 0; t < years; t++) s = s * (1 - turnover) + q * turnover;
          expect(s).toBeCloseTo(target, 6);
        },
      ),
      { seed: 21, numRuns: 300 },
    );
  });
});
