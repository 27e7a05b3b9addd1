import { describe, expect, it } from 'vitest';
import { measureGroup } from '../../../src/core/analysis/measureGroup';
import { computeTrends } from '../../../src/core/analysis/computeTrends';
import type { Dataset } from '../../../src/core/types';

const CATS = ['a', 'b'];

describe('measureGroup', () => {
  it('combines the comparison, a Wilson interval per category and the test', () => {
    // a: 5 of 10 -> share 0.5, Wilson 95% [0.2365934, 0.7634066] (worked in wilsonInterval.test.ts)
    // benchmark ½/½: n = 10, E = [5, 5] ≥ 5 -> chi-square, perfect fit: statistic 0, p 1
    const m = measureGroup({ a: 5, b: 5 }, 10, { a: 0.5, b: 0.5 }, CATS, { minGroupSize: 10 });
    expect(m.categories.a!.share).toBe(0.5);
    expect(m.categories.a!.interval!.low).toBeCloseTo(0.2365934, 6);
    expect(m.categories.a!.interval!.high).toBeCloseTo(0.7634066, 6);
    expect(m.test).toEqual({ method: 'chi-square', statistic: 0, df: 1, p: 1, significant: false });
  });

  it('passes the confidence level on', () => {
    // 20 of 100 at 90%: [0.1425018, 0.2733038] (worked in wilsonInterval.test.ts)
    const m = measureGroup({ a: 20, b: 80 }, 100, { a: 0.2, b: 0.8 }, CATS, { minGroupSize: 10, confidence: 0.9 });
    expect(m.categories.a!.interval!.low).toBeCloseTo(0.1425018, 6);
  });

  it('a suppressed count has no interval and no test', () => {
    const m = measureGroup({ a: null, b: 5 }, 10, { a: 0.5, b: 0.5 }, CATS, { minGroupSize: 10 });
    expect(m.categories.a!.interval).toBeNull();
    expect(m.categories.b!.interval).not.toBeNull();
    expect(m.test).toEqual({ method: 'none', reason: 'suppressed' });
  });
});

describe('computeTrends', () => {
  it('compares consecutive years of a dataset; source-suppressed counts stay unknown', () => {
    const dataset: Dataset = {
      scheme: 'herkomst',
      dimensions: ['jaar', 'afdeling'],
      groups: [
        { key: { jaar: '2022', afdeling: 'A' }, total: 100, counts: { nederland: 80, europa: 10, 'buiten-europa': 10 } },
        { key: { jaar: '2023', afdeling: 'A' }, total: 100, counts: { nederland: 75, europa: 0, 'buiten-europa': 15 }, suppressed: ['europa'] },
        { key: { jaar: '2024', afdeling: 'A' }, total: 100, counts: { nederland: 70, europa: 10, 'buiten-europa': 20 } },
        { key: { jaar: '2024', afdeling: 'B' }, total: 10, counts: { nederland: 10, europa: 0, 'buiten-europa': 0 } },
      ],
    };
    const [first, second] = computeTrends(dataset, 'jaar');
    expect(first!.comparable).toBe(true);
    if (!first!.comparable) return;
    // buiten-europa 10/100 -> 15/100: +5 pp; europa suppressed in 2023: null, not −10 pp
    expect(first!.rows.find((r) => r.category === 'buiten-europa')!.changePp).toBeCloseTo(5, 10);
    expect(first!.rows.find((r) => r.category === 'europa')!.changePp).toBeNull();
    // 2024 adds unit B: not comparable, and says so
    expect(second).toMatchObject({ comparable: false, from: '2023', to: '2024', added: [{ afdeling: 'B' }], removed: [] });
  });
});
