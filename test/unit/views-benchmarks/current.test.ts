import { describe, expect, it } from 'vitest';
import { compositeBenchmark, lookupBenchmark, type BenchmarkRequest } from '../../../src/core';
import { currentFromComposite, currentFromMatch } from '../../../src/core/views/benchmarks';
import { IMPORTED_SECTOR_2024, SECTOR_2024, SECTOR_REGION_2024 } from '../../fixtures/benchmarks/lookupTables';

const request: BenchmarkRequest = { scheme: 'herkomst', year: 2024 };

function match(tables: Parameters<typeof lookupBenchmark>[0], extra: Partial<BenchmarkRequest>) {
  const found = lookupBenchmark(tables, { ...request, ...extra });
  if (!found.ok) throw new Error('expected a match');
  return found;
}

describe('currentFromMatch', () => {
  it('gives the cell used with its year as codes, without a note when exact', () => {
    const current = currentFromMatch(match([SECTOR_REGION_2024], { sector: 'I', region: 'AM18' }));
    expect(current).toEqual({
      shares: { nederland: 0.5, europa: 0.2, 'buiten-europa': 0.3 },
      provenance: SECTOR_REGION_2024.provenance,
      cell: { key: { sector: 'I', region: 'AM18' }, year: 2024 },
      // a modelled jobs table (src/i18n words it)
      counts: { kind: 'illustrative', population: 'jobs' },
    });
  });

  it('gives a herkomst region or national cell its trend region, and a sector cell none', () => {
    const region = { ...SECTOR_REGION_2024, rows: [...SECTOR_REGION_2024.rows] };
    expect(currentFromMatch(match([region], { region: 'AM18' })).trendRegion).toBe('AM18');
    expect(currentFromMatch(match([region], {})).trendRegion).toBe('');
    expect(currentFromMatch(match([region], { sector: 'I' })).trendRegion).toBeUndefined();
  });

  it('states the fallback with both cells as codes, no words', () => {
    const current = currentFromMatch(match([SECTOR_REGION_2024], { sector: 'I', region: 'AM19' }));
    expect(current.cell).toEqual({ key: { sector: 'I' }, year: 2024 });
    expect(current.notes).toEqual([
      { severity: 'warning', code: 'cell-fallback', cells: { requested: { sector: 'I', region: 'AM19' }, used: { sector: 'I' } } },
    ]);
  });

  it('keeps the look-up’s own note for the nearest year', () => {
    // SECTOR_2024 has only 2024: asked 2026 -> nearest 2024
    const current = currentFromMatch(match([SECTOR_2024], { sector: 'I', year: 2026 }));
    expect(current.notes).toEqual([{ severity: 'warning', code: 'nearest-year', params: { requested: 2026, used: 2024 } }]);
  });

  it('adds extra notes, e.g. why a composite was not used', () => {
    const extra = [{ severity: 'error' as const, code: 'composite-empty' }];
    expect(currentFromMatch(match([SECTOR_2024], { sector: 'I' }), extra).notes).toEqual(extra);
  });
});

describe('currentFromComposite', () => {
  it('weights the cells by headcount and gives every part as codes', () => {
    // I 30 -> weight 30/40 = 0.75, A 10 -> 0.25 (both illustrative, SECTOR_2024)
    // nederland 0.75 × 0.6 + 0.25 × 0.9 = 0.45 + 0.225 = 0.675
    const result = compositeBenchmark([SECTOR_2024], request, [{ sector: 'I', headcount: 30 }, { sector: 'A', headcount: 10 }]);
    if (!result.ok) throw new Error('expected a composite');
    const current = currentFromComposite(result);
    expect(current.shares.nederland).toBeCloseTo(0.675, 10);
    expect(current.provenance.kind).toBe('illustrative');
    // 2 parts, 30 + 10 = 40 employees, both cells of 2024; src/i18n words the label
    expect(current.composite).toEqual({ parts: 2, headcount: 40, years: '2024' });
    expect(current).not.toHaveProperty('cell');
    // both parts from the one illustrative jobs table
    expect(current.counts).toEqual({ kind: 'illustrative', population: 'jobs' });
    expect(current).not.toHaveProperty('notes'); // both cells exact
    expect(current.components?.map((c) => [c.asked, c.headcount, c.weight, c.cell, c.kind])).toEqual([
      [{ sector: 'I' }, 30, 0.75, { key: { sector: 'I' }, year: 2024 }, 'illustrative'],
      [{ sector: 'A' }, 10, 0.25, { key: { sector: 'A' }, year: 2024 }, 'illustrative'],
    ]);
  });

  it('numbers each part’s fallback note', () => {
    const result = compositeBenchmark([SECTOR_REGION_2024], request, [{ sector: 'I', headcount: 1 }, { sector: 'A', region: 'AM18', headcount: 1 }]);
    if (!result.ok) throw new Error('expected a composite');
    // the table has A nationally but not A × AM18: part 2 fell back to sector A
    expect(currentFromComposite(result).notes).toEqual([{
      severity: 'warning', code: 'cell-fallback',
      params: { part: 2 },
      cells: { requested: { sector: 'A', region: 'AM18' }, used: { sector: 'A' } },
    }]);
  });

  it('numbers the parts as entered, also when a part with headcount 0 is left out', () => {
    const parts = [{ sector: 'I', headcount: 0 }, { sector: 'A', region: 'AM18', headcount: 4 }];
    const result = compositeBenchmark([SECTOR_REGION_2024], request, parts);
    if (!result.ok) throw new Error('expected a composite');
    const current = currentFromComposite(result, parts);
    expect(current.components?.map((c) => [c.number, c.weight])).toEqual([[2, 1]]); // 4 of 4
    expect(current.notes?.map((n) => n.params?.part)).toEqual([2]);
  });

  it.each([
    // I comes from the import (preferred); A only from the illustrative table -> the mix is illustrative
    ['one illustrative cell makes the mix illustrative', [{ sector: 'I', headcount: 1 }, { sector: 'A', headcount: 1 }], 'illustrative'],
    ['all cells imported: imported', [{ sector: 'I', headcount: 1 }], 'imported'],
  ] as const)('%s', (_, parts, kind) => {
    const result = compositeBenchmark([SECTOR_2024, IMPORTED_SECTOR_2024], request, parts);
    if (!result.ok) throw new Error('expected a composite');
    expect(currentFromComposite(result).provenance.kind).toBe(kind);
  });
});
