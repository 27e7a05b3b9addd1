import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchmarkRow, BenchmarkTable } from '../../../src/core/types';
import { categoryIds } from '../../../src/core/classification/schemes';
import { lookupBenchmark, parseBenchmarkTable, parseBenchmarkManifest } from '../../../src/core/benchmarks';
import { buildBundledBenchmarks } from '../../../src/core/benchmarks/real/buildBundledBenchmarks';
import { readCbsSources } from './cbsSources';
import { SBI_SECTIONS, LABOUR_MARKET_REGIONS, SIZE_CLASSES, WAGE_CLASSES, AGE_BANDS } from '../../../src/core/reference';

// Runs on the committed files in public/benchmarks/, as the app fetches them.
const dir = join(__dirname, '../../../public/benchmarks');
const inputs = JSON.parse(readFileSync(join(__dirname, '../../../scripts/benchmark-inputs/benchmark-assumptions.json'), 'utf8'));
const manifest = parseBenchmarkManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
const all: BenchmarkTable[] = manifest.entries.map((e) => {
  const parsed = parseBenchmarkTable(JSON.parse(readFileSync(join(dir, e.file), 'utf8')));
  if (!parsed.ok) throw new Error(`${e.file}: ${JSON.stringify(parsed.issues)}`);
  return parsed.table;
});
/** The modelled tables; the real CBS ones are checked against known answers in realTables.test.ts. */
const tables = all.filter((t) => t.provenance.kind === 'illustrative');
const HALF_PP = 0.005;

/** Job-weighted mean shares of rows. */
function weightedMean(rows: BenchmarkRow[], categories: string[]): number[] {
  const total = rows.reduce((s, r) => s + (r.denominator ?? 0), 0);
  return categories.map((c) => rows.reduce((s, r) => s + (r.denominator ?? 0) * (r.shares[c] ?? 0), 0) / total);
}

describe('bundled benchmark files', () => {
  it('has a valid manifest listing every file with its true size', () => {
    expect(manifest.issues).toEqual([]);
    const notTables = ['manifest.json', 'regions.json', 'trend-86008NED.json'];
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !notTables.includes(f)).sort();
    expect(manifest.entries.map((e) => e.file).sort()).toEqual(files);
    for (const e of manifest.entries) expect(statSync(join(dir, e.file)).size).toBe(e.bytes);
  });

  it('models herkomst 2020–2024 with five tables each, migratieachtergrond 2019–2021 with four (its age table is real)', () => {
    // 5 herkomst years × (sector, sector-region, sector-size, sector-wage, age) + 3 × 4 = 37
    expect(tables).toHaveLength(37);
    for (const year of [2020, 2021, 2022, 2023, 2024]) expect(tables.filter((t) => t.scheme === 'herkomst' && t.year === year)).toHaveLength(5);
    for (const year of [2019, 2020, 2021]) {
      expect(tables.filter((t) => t.scheme === 'migratieachtergrond' && t.year === year).map((t) => t.id.replace(/^.*-\d{4}-/, ''))).toEqual(['sector', 'sector-region', 'sector-size', 'sector-wage']);
    }
  });

  it('is exactly what the generator makes from the copied CBS files and the documented inputs (committed output is current)', () => {
    const built = buildBundledBenchmarks(readCbsSources(), inputs);
    expect(built.tables).toEqual(all);
    expect(built.regions).toEqual(JSON.parse(readFileSync(join(dir, 'regions.json'), 'utf8')));
    expect(built.trend).toEqual(JSON.parse(readFileSync(join(dir, 'trend-86008NED.json'), 'utf8')));
  });

  it.each(tables.map((t) => [t.id, t] as const))('%s: shares add to 1, national row is the anchor, every breakdown averages to it within 0.5 pp', (_id, table) => {
    const categories = categoryIds(table.scheme);
    for (const row of table.rows) {
      expect(Math.abs(categories.reduce((s, c) => s + (row.shares[c] ?? 0), 0) - 1)).toBeLessThan(1e-9);
    }
    const national = table.rows.find((r) => Object.keys(r.key).length === 0);
    // Jobs tables average to the (CBS or derived) anchor, the age table to the real persons figure; both checked in realTables.test.ts.
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

  it('labels every modelled table so, in Dutch without file paths, and only real national rows as CBS', () => {
    for (const t of tables) {
      expect(t.provenance.source).toBe('gemodelleerd door Barometer, geen CBS-cijfers');
      expect(t.title.nl).toMatch(/\(gemodelleerd\)$/);
      expect(`${t.provenance.source} ${t.provenance.method}`).not.toMatch(/\.(mjs|json|ts)\b|scripts\/|src\/| the | and /);
      const cbsRows = t.rows.filter((r) => r.provenance?.kind === 'cbs');
      // the 2020 jobs figures CBS published, and the herkomst age tables' national row (85456NED)
      const expectCbs = (t.year === 2020 && t.population === 'jobs') || t.population === 'persons';
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
    { request: { sector: 'I', sizeClass: '500+' }, table: 'herkomst-2024-sector-size', used: { sector: 'I', sizeClass: '500+' } },
    { request: { sector: 'K', wageClass: 'top10' }, table: 'herkomst-2024-sector-wage', used: { sector: 'K', wageClass: 'top10' } },
    { request: { ageBand: '55-65' }, table: 'herkomst-2024-age', used: { ageBand: '55-65' } },
    // a region CBS has real figures for: the real cell wins over the modelled sector × region one, sector and size dropped
    { request: { sector: 'Q', region: 'AM01', sizeClass: '1-10' }, table: 'cbs-85512NED-2021', used: { region: 'AM01' } },
  ])('$request', ({ request, table, used }) => {
    const result = lookupBenchmark(all, { scheme: 'herkomst', year: 2024, ...request });
    expect(result.ok && [result.table.id, result.used]).toEqual([table, used]);
  });
});

describe('lookup on the bundled files: real figures where they exist', () => {
  it.each([
    // a province is only in CBS's regional table (2021): used for 2024 data, the year said
    { request: { region: 'PV28' }, table: 'cbs-85512NED-2021', used: { region: 'PV28' }, year: 2021 },
    // a municipality with a sector: the real municipal figure beats the equally specific modelled sector cell
    { request: { sector: 'O', region: 'GM:Amsterdam' }, table: 'cbs-85512NED-2021', used: { region: 'GM:Amsterdam' }, year: 2021 },
    // a labour-market region alone: real (2021) beats the modelled 2024 margin
    { request: { region: 'AM18' }, table: 'cbs-85512NED-2021', used: { region: 'AM18' }, year: 2021 },
    // nothing asked: the real national figure of the year (85456NED), not the modelled jobs row
    { request: {}, table: 'cbs-85456NED-2024', used: {}, year: 2024 },
    // a real regional figure wins even over a more specific modelled cell (sector × region, sector × size), the rest said
    { request: { sector: 'I', region: 'AM18' }, table: 'cbs-85512NED-2021', used: { region: 'AM18' }, year: 2021 },
    { request: { sector: 'O', region: 'PV27', sizeClass: '500+' }, table: 'cbs-85512NED-2021', used: { region: 'PV27' }, year: 2021 },
    // without a region nothing real matches: the most specific modelled cell
    { request: { sector: 'O', sizeClass: '500+' }, table: 'herkomst-2024-sector-size', used: { sector: 'O', sizeClass: '500+' }, year: 2024 },
  ])('herkomst 2024 $request', ({ request, table, used, year }) => {
    const result = lookupBenchmark(all, { scheme: 'herkomst', year: 2024, ...request });
    expect(result.ok && [result.table.id, result.used, result.year.used, result.notes.some((n) => n.code === 'nearest-year')]).toEqual([table, used, year, year !== 2024]);
  });

  it('migratieachtergrond 2020: the CBS jobs figure nationally, CBS\'s own age table for an age band', () => {
    const national = lookupBenchmark(all, { scheme: 'migratieachtergrond', year: 2020 });
    expect(national.ok && [national.table.id, national.provenance.kind]).toEqual(['migratieachtergrond-2020-sector', 'cbs']);
    const age = lookupBenchmark(all, { scheme: 'migratieachtergrond', year: 2020, ageBand: '25-35' });
    expect(age.ok && [age.table.id, age.provenance.kind]).toEqual(['cbs-82809NED-2020', 'cbs']);
  });
});

