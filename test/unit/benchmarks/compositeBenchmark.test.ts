import { describe, expect, it } from 'vitest';
import { compositeBenchmark, type CompositePart } from '../../../src/core/benchmarks';
import { MIGRATIE_2020, SECTOR_2024, SECTOR_REGION_2024 } from '../../fixtures/benchmarks/lookupTables';

const tables = [SECTOR_REGION_2024, SECTOR_2024, MIGRATIE_2020];

describe('compositeBenchmark', () => {
  it.each([
    {
      name: 'two sectors, 30 and 10 staff',
      base: {},
      parts: [{ sector: 'I', headcount: 30 }, { sector: 'A', headcount: 10 }],
      // weights 30/40 = 0.75 and 10/40 = 0.25
      weights: [0.75, 0.25],
      // nederland 0.75·0.6 + 0.25·0.9 = 0.675; europa 0.75·0.15 + 0.25·0.05 = 0.125; buiten 0.75·0.25 + 0.25·0.05 = 0.2
      shares: { nederland: 0.675, europa: 0.125, 'buiten-europa': 0.2 },
    },
    {
      name: 'two regions of one sector, one region without a cell',
      base: { sector: 'I' },
      parts: [{ region: 'AM18', headcount: 60 }, { region: 'AM01', headcount: 40 }],
      // AM18 × I = 0.5/0.2/0.3; AM01 × I missing → sector I 0.6/0.15/0.25
      // nederland 0.6·0.5 + 0.4·0.6 = 0.54; europa 0.6·0.2 + 0.4·0.15 = 0.18; buiten 0.6·0.3 + 0.4·0.25 = 0.28
      weights: [0.6, 0.4],
      shares: { nederland: 0.54, europa: 0.18, 'buiten-europa': 0.28 },
    },
    {
      name: 'a part with no staff is left out',
      base: {},
      parts: [{ sector: 'I', headcount: 5 }, { sector: 'A', headcount: 0 }],
      // only sector I, weight 5/5 = 1
      weights: [1],
      shares: { nederland: 0.6, europa: 0.15, 'buiten-europa': 0.25 },
    },
  ])('$name', ({ base, parts, weights, shares }) => {
    const result = compositeBenchmark(tables, { scheme: 'herkomst', year: 2024, ...base }, parts as CompositePart[]);
    if (!result.ok) throw new Error('expected a composite');
    expect(result.components.map((c) => c.weight)).toEqual(weights);
    for (const [c, v] of Object.entries(shares)) expect(result.shares[c]).toBeCloseTo(v, 12);
    expect(result.provenanceKinds).toEqual(['illustrative']);
  });

  it('reports the cells and fallbacks it used, numbered by part', () => {
    const result = compositeBenchmark(tables, { scheme: 'herkomst', year: 2024, sector: 'I' }, [{ region: 'AM18', headcount: 60 }, { region: 'AM01', headcount: 40 }]);
    if (!result.ok) throw new Error('expected a composite');
    expect(result.components.map((c) => c.match.used)).toEqual([{ sector: 'I', region: 'AM18' }, { sector: 'I' }]);
    expect(result.components.map((c) => c.match.fallback)).toEqual(['exact', 'partial']);
    expect(result.notes).toEqual([expect.objectContaining({ code: 'cell-fallback', row: 2, severity: 'warning' })]);
    expect(result.totalHeadcount).toBe(100);
  });

  it.each([
    { parts: [{ sector: 'I', headcount: -1 }], code: 'invalid-parts' },
    { parts: [{ sector: 'I', headcount: Number.NaN }], code: 'invalid-parts' },
    { parts: [{ sector: 'I', headcount: 0 }], code: 'invalid-parts' },
    { parts: [], code: 'invalid-parts' },
  ])('refuses parts $parts', ({ parts, code }) => {
    expect(compositeBenchmark(tables, { scheme: 'herkomst', year: 2024 }, parts)).toMatchObject({ ok: false, code });
  });

  it('refuses to mix schemes: no herkomst number for a migratieachtergrond request', () => {
    const result = compositeBenchmark([SECTOR_2024], { scheme: 'migratieachtergrond', year: 2024 }, [{ sector: 'I', headcount: 10 }]);
    expect(result).toMatchObject({ ok: false, code: 'scheme-unavailable' });
  });
});
