import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importBenchmarkFile, type BenchmarkManifestEntry } from '../../../src/core';
import { benchmarkCatalogue, benchmarkTableView, importReport } from '../../../src/core/views/benchmarks';
import type { Locale } from '../../../src/core/types';
import { translate } from '../../../src/i18n/translate';
import { wordBenchmarkTableView, wordCatalogueEntry, wordTableDimensions } from '../../../src/i18n/wordBenchmarkTable';
import { IMPORTED_SECTOR_2024, MIGRATIE_2020, SECTOR_2024, SECTOR_REGION_2024 } from '../../fixtures/benchmarks/lookupTables';

const t = (locale: Locale) => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);

describe('benchmarkTableView', () => {
  it('shows every row of a one-dimension table as codes, without a sector filter; src/i18n names them', () => {
    const view = benchmarkTableView(SECTOR_2024);
    expect(view.sectors).toEqual([]);
    expect(view.dimensions).toEqual(['sector']);
    expect(view.rows.map((r) => r.cells)).toEqual([[''], ['I'], ['A']]);
    const nl = wordBenchmarkTableView(t('nl'), 'nl', view);
    expect(nl.rows.map((r) => r.cells)).toEqual([[''], ['I Horeca'], ['A Landbouw, bosbouw en visserij']]);
    expect(nl.dimensions).toEqual([{ id: 'sector', label: 'sector' }]);
    expect(nl.categories.map((c) => c.label)).toEqual(['Nederland', 'Europa (excl. Nederland)', 'Buiten Europa']);
    const en = wordBenchmarkTableView(t('en'), 'en', benchmarkTableView(SECTOR_REGION_2024, 'I'));
    expect(en.dimensions.map((d) => d.label)).toEqual(['sector', 'region']);
    // rows {}, {I}, {I, AM18}
    expect(en.rows.map((r) => r.cells)).toEqual([['', ''], ['I Accommodation and food services', ''], ['I Accommodation and food services', 'Greater Amsterdam']]);
    expect(view.rows[1]!.shares).toEqual([0.6, 0.15, 0.25]);
    expect(view.categories.map((c) => c.id)).toEqual(['nederland', 'europa', 'buiten-europa']);
  });

  it.each([
    // rows: {}, {I}, {A}, {AM18}, {I, AM18}
    ['', ['|', 'I|', 'A|', '|AM18']], // totals and one-dimension rows
    ['I', ['|', 'I|', 'I|AM18']], // the national total and sector I's rows
    ['A', ['|', 'A|']],
  ])('narrows a sector × region table to sector %j', (sector, ids) => {
    expect(benchmarkTableView(SECTOR_REGION_2024, sector).rows.map((r) => r.id)).toEqual(ids);
  });

  it('offers the sectors present to narrow by', () => {
    expect(benchmarkTableView(SECTOR_REGION_2024).sectors).toEqual(['I', 'A']);
    expect(wordBenchmarkTableView(t('en'), 'en', benchmarkTableView(SECTOR_REGION_2024)).sectors).toEqual([
      { id: 'I', label: 'I Accommodation and food services' },
      { id: 'A', label: 'A Agriculture, forestry and fishing' },
    ]);
  });

  it('marks a row whose provenance differs from its table', () => {
    const view = benchmarkTableView(MIGRATIE_2020);
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
    const list = benchmarkCatalogue(manifest, [IMPORTED_SECTOR_2024]);
    expect(list.map((e) => e.value)).toEqual(['imported:imported-85477NED-2024', 'bundled:h-2024', 'bundled:h-2021', 'bundled:m-2020']);
    expect(list.map((e) => e.kind)).toEqual(['imported', 'illustrative', 'illustrative', 'illustrative']);
    expect(list.map((e) => e.source)).toEqual(['imported', 'bundled', 'bundled', 'bundled']);
    expect(wordCatalogueEntry(t('nl'), 'nl', list[0]!)).toBe('t — geïmporteerd');
    expect(wordCatalogueEntry(t('nl'), 'nl', list[1]!)).toBe('h-2024 — meegeleverd');
    expect(wordCatalogueEntry(t('en'), 'en', list[1]!)).toBe('h-2024 — bundled');
  });

  it('keeps the manifest order within a scheme and year', () => {
    const manifest = [entry('h-2024-sector', 'herkomst', 2024), entry('h-2024-age', 'herkomst', 2024)];
    expect(benchmarkCatalogue(manifest, []).map((e) => e.value)).toEqual(['bundled:h-2024-sector', 'bundled:h-2024-age']);
  });
});

describe('importReport', () => {
  it('lists the tables found and, apart, what could not be matched (template: sector Z)', () => {
    const text = readFileSync('test/fixtures/benchmarks/template.csv', 'utf8');
    const result = importBenchmarkFile(text, { fileName: 'template.csv', population: 'jobs' });
    const report = importReport(result);
    expect(report.ok).toBe(true);
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]).toMatchObject({ year: 2024, scheme: 'herkomst', population: 'jobs', dimensions: ['sector', 'region'] });
    expect(wordTableDimensions(t('nl'), report.tables[0]!.dimensions)).toBe('sector × regio');
    expect(wordTableDimensions(t('en'), report.tables[0]!.dimensions)).toBe('sector × region');
    expect(wordTableDimensions(t('nl'), [])).toBe('heel Nederland');
    // template.csv cells: I × AM18 and Q (Z is unknown): 2 rows
    expect(report.tables[0]!.rows).toBe(2);
    expect(report.unmatched.map((i) => i.code)).toContain('unmatched-codes');
    expect(report.unmatched.map((i) => i.params?.values).join(' ')).toContain('Z');
  });

  it('keeps a refusal’s issues', () => {
    const report = importReport(importBenchmarkFile('{"x": 1}'));
    expect(report).toMatchObject({ ok: false, tables: [], unmatched: [] });
    expect(report.other.map((i) => i.code)).toEqual(['unknown-format']);
  });
});
