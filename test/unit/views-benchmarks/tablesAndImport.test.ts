import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importBenchmarkFile, type BenchmarkManifestEntry } from '../../../src/core';
import { benchmarkCatalogue, benchmarkTableView, importReport } from '../../../src/core/views/benchmarks';
import { IMPORTED_SECTOR_2024, MIGRATIE_2020, SECTOR_2024, SECTOR_REGION_2024 } from '../../fixtures/benchmarks/lookupTables';

describe('benchmarkTableView', () => {
  it('shows every row of a one-dimension table, without a sector filter', () => {
    const view = benchmarkTableView(SECTOR_2024, 'nl');
    expect(view.sectors).toEqual([]);
    expect(view.rows.map((r) => r.cells)).toEqual([[''], ['I Horeca'], ['A Landbouw, bosbouw en visserij']]);
    expect(view.rows[1]!.shares).toEqual([0.6, 0.15, 0.25]);
    expect(view.categories.map((c) => c.id)).toEqual(['nederland', 'europa', 'buiten-europa']);
  });

  it.each([
    // rows: {}, {I}, {A}, {AM18}, {I, AM18}
    ['', ['|', 'I|', 'A|', '|AM18']], // totals and one-dimension rows
    ['I', ['|', 'I|', 'I|AM18']], // the national total and sector I's rows
    ['A', ['|', 'A|']],
  ])('narrows a sector × region table to sector %j', (sector, ids) => {
    expect(benchmarkTableView(SECTOR_REGION_2024, 'nl', sector).rows.map((r) => r.id)).toEqual(ids);
  });

  it('offers the sectors present to narrow by', () => {
    expect(benchmarkTableView(SECTOR_REGION_2024, 'en').sectors).toEqual([
      { id: 'I', label: 'I Accommodation and food services' },
      { id: 'A', label: 'A Agriculture, forestry and fishing' },
    ]);
  });

  it('marks a row whose provenance differs from its table', () => {
    const view = benchmarkTableView(MIGRATIE_2020, 'nl');
    expect(view.provenance.kind).toBe('illustrative');
    expect(view.rows[0]!.kind).toBe('cbs');
  });
});

describe('benchmarkCatalogue', () => {
  const entry = (id: string, scheme: BenchmarkManifestEntry['scheme'], year: number): BenchmarkManifestEntry => ({
    id, scheme, year, population: 'jobs', dimensions: ['sector'], title: { nl: id, en: id }, provenanceKind: 'illustrative', file: `${id}.json`, bytes: 1,
  });

  it('lists imports first, then bundled tables by scheme and newest year, each saying where it comes from', () => {
    const manifest = [entry('h-2021', 'herkomst', 2021), entry('m-2020', 'migratieachtergrond', 2020), entry('h-2024', 'herkomst', 2024)];
    const list = benchmarkCatalogue(manifest, [IMPORTED_SECTOR_2024], 'nl');
    expect(list.map((e) => e.value)).toEqual(['imported:imported-85477NED-2024', 'bundled:h-2024', 'bundled:h-2021', 'bundled:m-2020']);
    expect(list.map((e) => e.kind)).toEqual(['imported', 'illustrative', 'illustrative', 'illustrative']);
    expect(list[0]!.label).toBe('t — geïmporteerd');
    expect(list[1]!.label).toBe('h-2024 — meegeleverd');
  });

  it('keeps the manifest order within a scheme and year', () => {
    const manifest = [entry('h-2024-sector', 'herkomst', 2024), entry('h-2024-age', 'herkomst', 2024)];
    expect(benchmarkCatalogue(manifest, [], 'en').map((e) => e.value)).toEqual(['bundled:h-2024-sector', 'bundled:h-2024-age']);
  });
});

describe('importReport', () => {
  it('lists the tables found and, apart, what could not be matched (template: sector Z)', () => {
    const text = readFileSync('test/fixtures/benchmarks/template.csv', 'utf8');
    const result = importBenchmarkFile(text, { fileName: 'template.csv', population: 'jobs' });
    const report = importReport(result, 'nl');
    expect(report.ok).toBe(true);
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]).toMatchObject({ year: 2024, scheme: 'herkomst', population: 'jobs', dimensions: 'sector × regio' });
    // template.csv cells: I × AM18 and Q (Z is unknown): 2 rows
    expect(report.tables[0]!.rows).toBe(2);
    expect(report.unmatched.map((i) => i.code)).toContain('unmatched-codes');
    expect(report.unmatched.map((i) => i.params?.values).join(' ')).toContain('Z');
  });

  it('keeps a refusal’s issues', () => {
    const report = importReport(importBenchmarkFile('{"x": 1}'), 'en');
    expect(report).toMatchObject({ ok: false, tables: [], unmatched: [] });
    expect(report.other.map((i) => i.code)).toEqual(['unknown-format']);
  });
});
