import { describe, expect, it } from 'vitest';
import { lookupBenchmark, type BenchmarkRequest } from '../../../src/core/benchmarks';
import { AGE_2024, IMPORTED_SECTOR_2024, MIGRATIE_2020, SECTOR_2022, SECTOR_2024, SECTOR_REGION_2024 } from '../../fixtures/benchmarks/lookupTables';

const bundled = [SECTOR_REGION_2024, SECTOR_2024, SECTOR_2022, AGE_2024, MIGRATIE_2020];

describe('lookupBenchmark: cells and fallbacks', () => {
  it.each([
    {
      name: 'exact region × sector cell',
      request: { scheme: 'herkomst', year: 2024, sector: 'I', region: 'AM18' },
      table: 'herkomst-2024-sector-region', used: { sector: 'I', region: 'AM18' }, fallback: 'exact', dropped: [], nederland: 0.5,
    },
    {
      name: 'missing region × sector cell falls back to the sector (simplest table holding it)',
      request: { scheme: 'herkomst', year: 2024, sector: 'A', region: 'AM18' },
      table: 'herkomst-2024-sector', used: { sector: 'A' }, fallback: 'partial', dropped: ['region'], nederland: 0.9,
    },
    {
      name: 'unknown sector falls back to the national row',
      request: { scheme: 'herkomst', year: 2024, sector: 'Z' },
      table: 'herkomst-2024-sector', used: {}, fallback: 'national', dropped: ['sector'], nederland: 0.7,
    },
    {
      name: 'sector only: the one-dimensional table wins the tie',
      request: { scheme: 'herkomst', year: 2024, sector: 'I' },
      table: 'herkomst-2024-sector', used: { sector: 'I' }, fallback: 'exact', dropped: [], nederland: 0.6,
    },
    {
      name: 'nothing asked: the national figure of the simplest jobs table',
      request: { scheme: 'herkomst', year: 2024, region: '' },
      table: 'herkomst-2024-sector', used: {}, fallback: 'exact', dropped: [], nederland: 0.7,
    },
    {
      name: 'age band uses the persons table',
      request: { scheme: 'herkomst', year: 2024, ageBand: '25-35' },
      table: 'herkomst-2024-age', used: { ageBand: '25-35' }, fallback: 'exact', dropped: [], nederland: 0.6,
    },
  ] as const)('$name', ({ request, table, used, fallback, dropped, nederland }) => {
    const result = lookupBenchmark(bundled, request as BenchmarkRequest);
    if (!result.ok) throw new Error('expected a match');
    expect(result.table.id).toBe(table);
    expect(result.used).toEqual(used);
    expect(result.fallback).toBe(fallback);
    expect(result.dropped).toEqual(dropped);
    expect(result.shares.nederland).toBe(nederland);
    expect(result.notes.some((n) => n.code === 'cell-fallback')).toBe(dropped.length > 0);
  });

  it('falls back within one table: region × sector → sector → national', () => {
    const only = [SECTOR_REGION_2024];
    const sector = lookupBenchmark(only, { scheme: 'herkomst', year: 2024, sector: 'A', region: 'AM18' });
    expect(sector.ok && [sector.used, sector.fallback]).toEqual([{ sector: 'A' }, 'partial']);
    // neither {Z, AM01}, {Z} nor … exists: the national row {}
    const national = lookupBenchmark(only, { scheme: 'herkomst', year: 2024, sector: 'Z', region: 'AM01' });
    expect(national.ok && [national.used, national.fallback, national.dropped]).toEqual([{}, 'national', ['region', 'sector']]);
  });

  it('says that another cell was used: the cells are the match’s own', () => {
    const result = lookupBenchmark(bundled, { scheme: 'herkomst', year: 2024, sector: 'A', region: 'AM18' });
    expect(result.ok && result.notes).toEqual([{ severity: 'warning', code: 'cell-fallback' }]);
    expect(result.ok && [result.requested, result.used]).toEqual([{ sector: 'A', region: 'AM18' }, { sector: 'A' }]);
  });
});

describe('lookupBenchmark: years and sources', () => {
  it.each([
    // 2026 is 2 from 2024 and 4 from 2022
    { year: 2026, used: 2024, note: true },
    // 2023 is 1 from both 2022 and 2024: the later year wins
    { year: 2023, used: 2024, note: true },
    { year: 2022, used: 2022, note: false },
    { year: 2010, used: 2022, note: true },
  ])('year $year → $used', ({ year, used, note }) => {
    const result = lookupBenchmark(bundled, { scheme: 'herkomst', year });
    if (!result.ok) throw new Error('expected a match');
    expect(result.year).toEqual({ requested: year, used });
    expect(result.table.year).toBe(used);
    expect(result.notes.some((n) => n.code === 'nearest-year' && n.severity === 'warning')).toBe(note);
  });

  it('prefers an imported table over the bundled one for the same table and year', () => {
    const result = lookupBenchmark([...bundled, IMPORTED_SECTOR_2024], { scheme: 'herkomst', year: 2024, sector: 'I' });
    expect(result.ok && result.table.id).toBe('imported-85477NED-2024');
    expect(result.ok && result.provenance.kind).toBe('imported');
    expect(result.ok && result.shares.nederland).toBe(0.58);
  });

  it('prefers a real (imported) cell matching part of the request over a more specific modelled one, and says what it gave up', () => {
    const result = lookupBenchmark([...bundled, IMPORTED_SECTOR_2024], { scheme: 'herkomst', year: 2024, sector: 'I', region: 'AM18' });
    expect(result.ok && [result.table.id, result.used, result.dropped]).toEqual([IMPORTED_SECTOR_2024.id, { sector: 'I' }, ['region']]);
  });

  it('still prefers the more specific modelled cell when no real cell matches anything asked', () => {
    // the import has sector I only; sector A is not in it (its national row matches nothing)
    const result = lookupBenchmark([...bundled, IMPORTED_SECTOR_2024], { scheme: 'herkomst', year: 2024, sector: 'A', region: 'AM18' });
    expect(result.ok && result.table.provenance.kind).toBe('illustrative');
  });

  it("gives a row's own provenance (a real CBS national figure) over the table's", () => {
    const result = lookupBenchmark(bundled, { scheme: 'migratieachtergrond', year: 2020 });
    expect(result.ok && result.provenance).toEqual({ kind: 'cbs', source: 'CBS FAQ 2020' });
  });
});

describe('lookupBenchmark: refusals', () => {
  it('refuses a scheme without tables instead of using the other scheme', () => {
    const result = lookupBenchmark([SECTOR_2024, SECTOR_REGION_2024], { scheme: 'migratieachtergrond', year: 2024, sector: 'I' });
    expect(result).toEqual({
      ok: false,
      code: 'scheme-unavailable',
      issues: [expect.objectContaining({ severity: 'error', code: 'scheme-unavailable' })],
    });
    expect('shares' in result).toBe(false);
  });

  it('refuses the persons population when only jobs tables exist in the scheme', () => {
    const result = lookupBenchmark([MIGRATIE_2020], { scheme: 'migratieachtergrond', year: 2020, population: 'persons' });
    expect(result.ok).toBe(false);
  });

  it('says when no tables are loaded', () => {
    expect(lookupBenchmark([], { scheme: 'herkomst', year: 2024 })).toMatchObject({ ok: false, code: 'no-benchmark-tables' });
  });
});

describe('lookupBenchmark: a list changed in place', () => {
  it('sees a table pushed onto the same array after earlier look-ups', () => {
    const list = [SECTOR_2024];
    const before = lookupBenchmark(list, { scheme: 'herkomst', year: 2024, sector: 'I' });
    list.push(IMPORTED_SECTOR_2024);
    const after = lookupBenchmark(list, { scheme: 'herkomst', year: 2024, sector: 'I' });
    // bundled sector I: 0.6; imported sector I: 0.58
    expect([before.ok && before.shares.nederland, after.ok && after.shares.nederland]).toEqual([0.6, 0.58]);
  });
});
