import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchmarkRow, BenchmarkTable } from '../../../src/core/types';
import { categoryIds } from '../../../src/core/classification/schemes';
import { lookupBenchmark, parseBenchmarkTable, parseBenchmarkManifest } from '../../../src/core/benchmarks';
import { buildBenchmarkTables } from '../../../src/core/benchmarks/generate/buildBenchmarkTables';
import { SBI_SECTIONS, LABOUR_MARKET_REGIONS, SIZE_CLASSES, WAGE_CLASSES, AGE_BANDS } from '../../../src/core/reference';

// Runs on the committed files in public/benchmarks/, as the app fetches them.
const dir = join(__dirname, '../../../public/benchmarks');
const inputs = JSON.parse(readFileSync(join(__dirname, '../../../scripts/benchmark-inputs/benchmark-assumptions.json'), 'utf8'));
const manifest = parseBenchmarkManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
const tables: BenchmarkTable[] = manifest.entries.map((e) => {
  const parsed = parseBenchmarkTable(JSON.parse(readFileSync(join(dir, e.file), 'utf8')));
  if (!parsed.ok) throw new Error(`${e.file}: ${parsed.issues.map((i) => i.message).join(' ')}`);
  return parsed.table;
});
const HALF_PP = 0.005;

/** Job-weighted mean shares of rows. */
function weightedMean(rows: BenchmarkRow[], categories: string[]): number[] {
  const total = rows.reduce((s, r) => s + (r.denominator ?? 0), 0);
  return categories.map((c) => rows.reduce((s, r) => s + (r.denominator ?? 0) * (r.shares[c] ?? 0), 0) / total);
}

describe('bundled benchmark files', () => {
  it('has a valid manifest listing every file with its true size', () => {
    expect(manifest.issues).toEqual([]);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'manifest.json').sort();
    expect(manifest.entries.map((e) => e.file).sort()).toEqual(files);
    for (const e of manifest.entries) expect(statSync(join(dir, e.file)).size).toBe(e.bytes);
  });

  it('covers herkomst 2021–2024 and migratieachtergrond 2019–2021 with five tables each', () => {
    // 4 + 3 scheme-years × (sector, sector-region, sector-size, sector-wage, age) = 35
    expect(tables).toHaveLength(35);
    for (const [scheme, years] of [['herkomst', [2021, 2022, 2023, 2024]], ['migratieachtergrond', [2019, 2020, 2021]]] as const) {
      for (const year of years) expect(tables.filter((t) => t.scheme === scheme && t.year === year)).toHaveLength(5);
    }
  });

  it('is exactly what the generator makes from the documented inputs (committed output is current)', () => {
    expect(buildBenchmarkTables(inputs)).toEqual(tables);
  });

  it.each(tables.map((t) => [t.id, t] as const))('%s: shares add to 1, national row is the anchor, every breakdown averages to it within 0.5 pp', (_id, table) => {
    const categories = categoryIds(table.scheme);
    for (const row of table.rows) {
      expect(Math.abs(categories.reduce((s, c) => s + (row.shares[c] ?? 0), 0) - 1)).toBeLessThan(1e-9);
    }
    const national = table.rows.find((r) => Object.keys(r.key).length === 0);
    const anchor = inputs.anchors.find((a: { scheme: string; year: number }) => a.scheme === table.scheme && a.year === table.year);
    expect(national?.shares).toEqual(anchor.shares);
    const nationalShares = categories.map((c) => national?.shares[c] ?? 0);
    const bySet = new Map<string, BenchmarkRow[]>();
    for (const row of table.rows) {
      const dims = Object.keys(row.key).sort().join('+');
      if (dims === '' || row.key.wageClass === 'top10') continue; // top 10% overlaps the fifths
      bySet.set(dims, [...(bySet.get(dims) ?? []), row]);
    }
    expect(bySet.size).toBe(2 ** table.dimensions.length - 1);
    for (const rows of bySet.values()) {
      weightedMean(rows, categories).forEach((v, k) => expect(Math.abs(v - (nationalShares[k] ?? 0))).toBeLessThan(HALF_PP));
    }
  });

  it.each(tables.filter((t) => t.dimensions.length === 2).map((t) => [t.id, t] as const))('%s: each sector\'s cells average to the sector within 0.5 pp', (_id, table) => {
    const categories = categoryIds(table.scheme);
    const other = table.dimensions[1] as string;
    for (const sector of SBI_SECTIONS.items) {
      const margin = table.rows.find((r) => Object.keys(r.key).length === 1 && r.key.sector === sector.id);
      const cells = table.rows.filter((r) => r.key.sector === sector.id && r.key[other] !== undefined && r.key[other] !== 'top10');
      weightedMean(cells, categories).forEach((v, k) => expect(Math.abs(v - (margin?.shares[categories[k] as string] ?? 0))).toBeLessThan(HALF_PP));
    }
  });

  it('has every code of the reference lists in each breakdown', () => {
    const codes = (t: BenchmarkTable, dim: string) => new Set(t.rows.map((r) => r.key[dim]).filter((c) => c !== undefined));
    const ids = (list: { items: readonly { id: string }[] }) => new Set(list.items.map((i) => i.id));
    const byKind = (suffix: string) => tables.filter((t) => t.id.endsWith(suffix));
    for (const t of byKind('-sector-region')) {
      expect(codes(t, 'sector')).toEqual(ids(SBI_SECTIONS));
      expect(codes(t, 'region')).toEqual(ids(LABOUR_MARKET_REGIONS));
      expect(t.rows).toHaveLength(1 + 21 + 35 + 21 * 35);
    }
    for (const t of byKind('-sector-size')) expect(codes(t, 'sizeClass')).toEqual(ids(SIZE_CLASSES));
    for (const t of byKind('-sector-wage')) expect(codes(t, 'wageClass')).toEqual(ids(WAGE_CLASSES));
    for (const t of byKind('-age')) expect(codes(t, 'ageBand')).toEqual(ids(AGE_BANDS));
  });

  it('labels every table illustrative and only the real 2020 migratieachtergrond national job figure as CBS', () => {
    for (const t of tables) {
      expect(t.provenance.kind).toBe('illustrative');
      expect(t.provenance.source).toMatch(/^illustratief/);
      expect(t.title.nl).toMatch(/illustratief/);
      const cbsRows = t.rows.filter((r) => r.provenance?.kind === 'cbs');
      const expectCbs = t.scheme === 'migratieachtergrond' && t.year === 2020 && t.population === 'jobs';
      expect(cbsRows.map((r) => r.key)).toEqual(expectCbs ? [{}] : []);
    }
  });

  it('puts hospitality and temp agencies above agriculture and government', () => {
    const t = tables.find((x) => x.id === 'herkomst-2024-sector') as BenchmarkTable;
    const nl = (s: string) => t.rows.find((r) => r.key.sector === s)?.shares.nederland ?? 0;
    expect(Math.max(nl('I'), nl('N'))).toBeLessThan(Math.min(nl('A'), nl('O')));
  });
});

describe('lookup on the bundled files', () => {
  it.each([
    { request: { sector: 'I', region: 'AM19' }, table: 'herkomst-2024-sector-region', used: { sector: 'I', region: 'AM19' } },
    { request: { sector: 'I', sizeClass: '500+' }, table: 'herkomst-2024-sector-size', used: { sector: 'I', sizeClass: '500+' } },
    { request: { sector: 'K', wageClass: 'top10' }, table: 'herkomst-2024-sector-wage', used: { sector: 'K', wageClass: 'top10' } },
    { request: { ageBand: '55-65' }, table: 'herkomst-2024-age', used: { ageBand: '55-65' } },
    // no table crosses region and size: the first of the equally specific tables (sector × region) wins, size is dropped
    { request: { sector: 'Q', region: 'AM01', sizeClass: '1-10' }, table: 'herkomst-2024-sector-region', used: { sector: 'Q', region: 'AM01' } },
  ])('$request', ({ request, table, used }) => {
    const result = lookupBenchmark(tables, { scheme: 'herkomst', year: 2024, ...request });
    expect(result.ok && [result.table.id, result.used]).toEqual([table, used]);
  });
});
