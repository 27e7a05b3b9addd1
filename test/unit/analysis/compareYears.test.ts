import { describe, expect, it } from 'vitest';
import { compareYears, splitByYear } from '../../../src/core/analysis/compareYears';
import type { KeyedCounts } from '../../../src/core/analysis/sumGroups';

const CATS = ['nederland', 'europa', 'buiten-europa'];
const g = (jaar: string, afd: string, nl: number | null, eu: number, be: number): KeyedCounts => ({
  key: { jaar, afdeling: afd },
  counts: { nederland: nl, europa: eu, 'buiten-europa': be },
  total: (nl ?? 0) + eu + be,
});

describe('compareYears', () => {
  it('same groups and scheme: change in percentage points per group and category', () => {
    const [y23, y24] = splitByYear('herkomst', [g('2024', 'A', 70, 10, 20), g('2023', 'A', 80, 10, 10), g('2023', 'B', 45, 5, 0), g('2024', 'B', 40, 5, 5)], 'jaar');
    expect([y23!.year, y24!.year]).toEqual(['2023', '2024']);
    const r = compareYears(y23!, y24!, CATS, 'jaar');
    expect(r.comparable).toBe(true);
    if (!r.comparable) return;
    // A, buiten-europa: 10/100 = 0.10 -> 20/100 = 0.20: +10 pp
    const a = r.rows.find((x) => x.key.afdeling === 'A' && x.category === 'buiten-europa')!;
    expect(a.key).toEqual({ afdeling: 'A' });
    expect(a).toMatchObject({ fromCount: 10, toCount: 20 });
    expect(a.changePp).toBeCloseTo(10, 10);
    // B, nederland: 45/50 = 0.90 -> 40/50 = 0.80: −10 pp
    const b = r.rows.find((x) => x.key.afdeling === 'B' && x.category === 'nederland')!;
    expect(b.changePp).toBeCloseTo(-10, 10);
    expect(r.rows).toHaveLength(6); // 2 groups × 3 categories
  });

  it('a suppressed count gives a null change, not a change from 0', () => {
    const [a, b] = splitByYear('herkomst', [g('2023', 'A', null, 10, 10), g('2024', 'A', 80, 10, 10)], 'jaar');
    const r = compareYears(a!, b!, CATS, 'jaar');
    if (!r.comparable) throw new Error('expected comparable');
    expect(r.rows.find((x) => x.category === 'nederland')!.changePp).toBeNull();
  });

  it('a reorganisation says which groups were added and removed instead of giving numbers', () => {
    const [a, b] = splitByYear('herkomst', [g('2023', 'A', 80, 10, 10), g('2023', 'B', 8, 1, 1), g('2024', 'A', 80, 10, 10), g('2024', 'C', 8, 1, 1)], 'jaar');
    expect(compareYears(a!, b!, CATS, 'jaar')).toEqual({
      comparable: false,
      from: '2023',
      to: '2024',
      scheme: null,
      added: [{ afdeling: 'C' }],
      removed: [{ afdeling: 'B' }],
    });
  });

  it('a change of scheme is never compared', () => {
    const r = compareYears(
      { year: '2021', scheme: 'migratieachtergrond', groups: [{ key: { afdeling: 'A' }, counts: {}, total: 1 }] },
      { year: '2022', scheme: 'herkomst', groups: [{ key: { afdeling: 'A' }, counts: {}, total: 1 }] },
      CATS,
    );
    expect(r).toMatchObject({ comparable: false, scheme: { from: 'migratieachtergrond', to: 'herkomst' }, added: [], removed: [] });
  });

  it('key order of dimensions does not matter', () => {
    const r = compareYears(
      { year: '1', scheme: 'herkomst', groups: [{ key: { a: 'x', b: 'y' }, counts: { nederland: 1 }, total: 1 }] },
      { year: '2', scheme: 'herkomst', groups: [{ key: { b: 'y', a: 'x' }, counts: { nederland: 1 }, total: 1 }] },
      CATS,
    );
    expect(r.comparable).toBe(true);
  });

  it('splitByYear orders years numerically and skips groups without a year', () => {
    const years = splitByYear('herkomst', [g('2024', 'A', 1, 0, 0), g('999', 'A', 1, 0, 0), { key: { afdeling: 'Z' }, counts: {}, total: 0 }], 'jaar');
    expect(years.map((y) => y.year)).toEqual(['999', '2024']);
  });
});
