import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchmarkTable } from '../../../src/core/types';
import { importBenchmarkFile, lookupBenchmark, parseBenchmarkTable } from '../../../src/core/benchmarks';
import { SECTOR_2024 } from '../../fixtures/benchmarks/lookupTables';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/benchmarks', name), 'utf8');
const rowOf = (t: BenchmarkTable | undefined, key: Record<string, string | undefined>) => t?.rows.find((r) => JSON.stringify(r.key) === JSON.stringify(key));

function imported(name: string, options = {}) {
  const result = importBenchmarkFile(fixture(name), { fileName: name, ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  for (const t of result.tables) expect(parseBenchmarkTable(t).ok).toBe(true);
  return result;
}

const unmatched = (issues: { code: string; column?: string }[]) => issues.filter((i) => i.code === 'unmatched-codes').map((i) => i.column);

describe('importBenchmarkFile: StatLine CSV, origin as a column', () => {
  const result = imported('statline-long-herkomst.csv');
  const table = result.tables[0];

  it('reads one herkomst table of jobs for 2023 with its CBS table id', () => {
    expect(result.format).toBe('statline-csv');
    expect(result.tables).toHaveLength(1);
    expect(table).toMatchObject({ scheme: 'herkomst', year: 2023, population: 'jobs', dimensions: ['sector', 'region'] });
    expect(table?.provenance).toMatchObject({ kind: 'imported', tableId: '99999NED' });
    expect(table?.provenance.url).toBe('https://opendata.cbs.nl/statline/#/CBS/nl/dataset/99999NED/table');
  });

  it.each([
    // national: 6 426 / 9 000 = 0.714; 1 080 / 9 000 = 0.12; 1 494 / 9 000 = 0.166; total 9 000 × 1 000
    { key: {}, shares: [0.714, 0.12, 0.166], denominator: 9_000_000 },
    // Horeca × Groot Amsterdam (CBS code AM18): 40/80, 16/80, 24/80; total 80 × 1 000
    { key: { sector: 'I', region: 'AM18' }, shares: [0.5, 0.2, 0.3], denominator: 80_000 },
  ])('cell $key', ({ key, shares, denominator }) => {
    const row = rowOf(table, key);
    [row?.shares.nederland, row?.shares.europa, row?.shares['buiten-europa']].forEach((v, k) => expect(v).toBeCloseTo(shares[k] as number, 12));
    expect(row?.denominator).toBeCloseTo(denominator, 6);
  });

  it('reports the sector aggregate and origin detail it could not match, and the secret cell', () => {
    expect(unmatched(result.issues)).toEqual(['Herkomst', 'Bedrijfstakken/branches (SBI 2008)']);
    expect(result.issues.find((i) => i.column === 'Herkomst')?.params).toEqual({ column: 'Herkomst', count: 1, values: 'Polen' });
    // A × Zeeland has Buiten Europa '.': left out, counted once
    expect(result.issues.find((i) => i.code === 'incomplete-cells')?.params).toEqual({ count: 1 });
    expect(rowOf(table, { sector: 'A', region: 'AM24' })).toBeUndefined(); // Zeeland is AM24
    expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
  });
});

describe('importBenchmarkFile: older StatLine CSV with origin as topics', () => {
  const result = imported('statline-wide-migratie.csv');
  const table = result.tables[0];

  it('joins the three header rows and reads migratieachtergrond of persons by region', () => {
    expect(table).toMatchObject({ scheme: 'migratieachtergrond', year: 2019, population: 'persons', dimensions: ['region'] });
    expect(table?.provenance.tableId).toBe('99998NED');
  });

  it.each([
    // Nederland: 7 060 / 8 953, 880 / 8 953, 1 013 / 8 953; total 8 953 × 1 000
    { key: {}, counts: [7060, 880, 1013], total: 8953 },
    // Groningen (PV) → PV20: 250, 25, 18 of 293
    { key: { region: 'PV20' }, counts: [250, 25, 18], total: 293 },
    // Groot Amsterdam (AM) → AM18: 380, 120, 150 of 650
    { key: { region: 'AM18' }, counts: [380, 120, 150], total: 650 },
  ])('cell $key', ({ key, counts, total }) => {
    const row = rowOf(table, key);
    expect(row?.shares.nederlands).toBeCloseTo((counts[0] as number) / total, 12);
    expect(row?.shares.westers).toBeCloseTo((counts[1] as number) / total, 12);
    expect(row?.shares['niet-westers']).toBeCloseTo((counts[2] as number) / total, 12);
    expect(row?.denominator).toBe(total * 1000);
  });

  it('takes the bare name among marked regions as the municipality (Amsterdam → GM:Amsterdam: 250, 90, 110 of 450)', () => {
    expect(result.issues).toEqual([]);
    expect(rowOf(table, { region: 'GM:Amsterdam' })?.shares.nederlands).toBeCloseTo(250 / 450, 12);
  });
});

describe('importBenchmarkFile: CBS OData v3 bundle', () => {
  const result = imported('odata-v3-herkomst.json');

  it('builds one table per year from coded dimensions', () => {
    expect(result.format).toBe('odata-v3');
    expect(result.tables.map((t) => [t.year, t.dimensions])).toEqual([[2022, ['sector']], [2023, []]]);
    expect(result.tables[0]?.provenance.source).toBe('CBS StatLine 99997NED: Banen van werknemers; herkomst, bedrijfstak (geïmporteerd uit odata-v3-herkomst.json)');
  });

  it.each([
    // 2022 national: 6 368.4, 957, 1 374.6 of 8 700 → 0.732, 0.11, 0.158
    { year: 2022, key: {}, shares: [0.732, 0.11, 0.158], denominator: 8_700_000 },
    // 2022 sector N (key '354200 '): 600, 250, 150; no total → sum 1 000 × 1 000
    { year: 2022, key: { sector: 'N' }, shares: [0.6, 0.25, 0.15], denominator: 1_000_000 },
    // 2023 national: 6 300, 1 100, 1 600 of 9 000
    { year: 2023, key: {}, shares: [6300 / 9000, 1100 / 9000, 1600 / 9000], denominator: 9_000_000 },
  ])('$year $key', ({ year, key, shares, denominator }) => {
    const row = rowOf(result.tables.find((t) => t.year === year), key);
    [row?.shares.nederland, row?.shares.europa, row?.shares['buiten-europa']].forEach((v, k) => expect(v).toBeCloseTo(shares[k] as number, 12));
    expect(row?.denominator).toBeCloseTo(denominator, 6);
  });

  it('reports the unmatched origin, sector aggregate and quarter, and the null cell', () => {
    expect(unmatched(result.issues).sort()).toEqual(['Bedrijfstakken/branches (SBI 2008)', 'Herkomst', 'Perioden']);
    expect(result.issues.find((i) => i.column === 'Perioden')?.params?.values).toContain('2023 1e kwartaal');
    expect(result.issues.find((i) => i.code === 'incomplete-cells')?.params).toEqual({ count: 1 });
  });
});

describe('importBenchmarkFile: CBS OData v4 bundle', () => {
  const result = imported('odata-v4-migratie.json');
  const table = result.tables[0];

  it('uses the count measure and says which measure it ignored', () => {
    expect(result.format).toBe('odata-v4');
    expect(table).toMatchObject({ scheme: 'migratieachtergrond', year: 2020, population: 'jobs', dimensions: ['region'] });
    expect(result.issues.find((i) => i.code === 'ignored-topics')?.params).toEqual({ used: 'Banen van werknemers', values: 'Aandeel banen' });
  });

  it.each([
    // 6 194 000 / 8 150 000 = 0.76; 978 000 / 8 150 000 = 0.12 twice
    { key: {}, shares: [0.76, 0.12, 0.12], denominator: 8_150_000 },
    // AM0119 titled 'Groot Amsterdam (AM)' → AM18: 400 000, 100 000, 125 000 of 625 000
    { key: { region: 'AM18' }, shares: [0.64, 0.16, 0.2], denominator: 625_000 },
  ])('cell $key', ({ key, shares, denominator }) => {
    const row = rowOf(table, key);
    [row?.shares.nederlands, row?.shares.westers, row?.shares['niet-westers']].forEach((v, k) => expect(v).toBeCloseTo(shares[k] as number, 12));
    expect(row?.denominator).toBe(denominator);
  });

  it('recognises the municipality GM0363 (titled Amsterdam, among marked regions); its one origin value is incomplete', () => {
    expect(unmatched(result.issues)).toEqual([]);
    expect(result.issues.map((i) => i.code)).toContain('incomplete-cells');
  });
});

describe('importBenchmarkFile: generic template', () => {
  const result = imported('template.csv', { population: 'jobs' });
  const table = result.tables[0];

  it('reads our own codes and percentages with decimal commas', () => {
    expect(result.format).toBe('template');
    expect(table).toMatchObject({ scheme: 'herkomst', year: 2024, population: 'jobs', dimensions: ['sector', 'region'] });
    // 50 / 20 / 30 of 100
    expect(rowOf(table, { sector: 'I', region: 'AM19' })?.shares).toEqual({ nederland: 0.5, europa: 0.2, 'buiten-europa': 0.3 });
    // 70,5 / 9,5 / 20 of 100; an empty regio means all regions
    const q = rowOf(table, { sector: 'Q' });
    expect(q?.shares.nederland).toBeCloseTo(0.705, 12);
    expect(q?.shares.europa).toBeCloseTo(0.095, 12);
    expect(q?.denominator).toBeUndefined();
  });

  it('takes the source from the bron column and reports the unknown sector', () => {
    expect(table?.provenance).toMatchObject({ kind: 'imported', source: 'Eigen onderzoek brancheorganisatie 2024 (geïmporteerd uit template.csv)' });
    expect(table?.provenance.tableId).toBeUndefined();
    expect(unmatched(result.issues)).toEqual(['sbi']);
  });

  it('is then preferred by the lookup over the bundled table of the same year', () => {
    const match = lookupBenchmark([SECTOR_2024, ...result.tables], { scheme: 'herkomst', year: 2024, sector: 'I', region: 'AM19' });
    expect(match.ok && match.provenance.kind).toBe('imported');
  });
});

describe('importBenchmarkFile: refusals', () => {
  it.each([
    { name: 'JSON that is no OData', input: '{"value": []}', code: 'unknown-format' },
    { name: 'broken JSON', input: '{"TypedDataSet": ', code: 'unknown-format' },
    { name: 'a CSV without numbers', input: '"Titel"\n"a";"b"\n', code: 'no-data' },
    { name: 'a template without herkomst', input: 'jaar;sbi;aantal\n2024;A;5\n', code: 'template-missing-column' },
    { name: 'a template mixing schemes', input: 'jaar;herkomst;aantal\n2024;Nederland;70\n2024;Europa;10\n2024;Westers;20\n', code: 'mixed-schemes' },
    { name: 'a template without a year', input: 'herkomst;aantal\nNederland;70\nEuropa;10\nBuiten Europa;20\n', code: 'no-year' },
    { name: 'a template with the value column missing', input: 'jaar;herkomst;waarde\n2024;Nederland;70\n', code: 'template-missing-column' },
    { name: 'a StatLine CSV without an origin', input: '"Banen (99999NED)"\n"Perioden";"Banen (x 1 000)"\n"2023";"9 000"\n', code: 'no-origin' },
  ])('$name → $code', ({ input, code }) => {
    const result = importBenchmarkFile(input);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain(code);
  });

  it('takes the year from the options when the template has none', () => {
    const result = importBenchmarkFile('herkomst;aantal\nNederland;70\nEuropa;10\nBuiten Europa;20\n', { year: 2022 });
    expect(result.ok && result.tables[0]?.year).toBe(2022);
    // 70 / 100 = 0.7, counts give a denominator of 100
    expect(result.ok && result.tables[0]?.rows[0]).toMatchObject({ key: {}, denominator: 100 });
  });

  it('accepts bytes (UTF-8 with BOM)', () => {
    const bytes = new TextEncoder().encode('\uFEFF' + fixture('template.csv'));
    expect(importBenchmarkFile(bytes).ok).toBe(true);
  });
});
