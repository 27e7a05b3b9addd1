import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBenchmarkFile, parseBenchmarkTable } from '../../../src/core/benchmarks';
import type { BenchmarkTable } from '../../../src/core/types';

// Real CBS bytes: /work/shared/cbs/formats/ copied unmodified to test/fixtures/benchmarks/cbs/
// (other topics, none with an origin dimension), and the origin feeds copied to data/cbs/origin/.
const FORMATS = join(__dirname, '../../fixtures/benchmarks/cbs');
const ORIGIN = join(__dirname, '../../../data/cbs/origin');
const formatFiles = readdirSync(FORMATS).sort();

/** Endpoints that describe a table without its figures. */
const METADATA = /DataProperties|TableInfos|dim_|Codes|Dimensions|Properties/;

describe('every real CBS file format goes through importBenchmarkFile', () => {
  it('has all 15 format files of shared/cbs/formats as fixtures', () => {
    expect(formatFiles).toHaveLength(15);
  });

  it.each(formatFiles)('%s: read, and refused with one clear reason', (file) => {
    const result = importBenchmarkFile(readFileSync(join(FORMATS, file)), { fileName: file });
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    const issue = result.issues[0]!;
    expect(issue.severity).toBe('error');
    // tables with figures but no origin dimension: no-origin; descriptions only: metadata-only
    expect(issue.code).toBe(METADATA.test(file) ? 'metadata-only' : 'no-origin');
    expect(issue.message).not.toMatch(/Kolom \d/); // the columns were understood, not numbered
  });

  it.each([
    // StatLine CSV: title and filter lines, "Perioden" spanning the year columns, a unit column, "Bron: CBS"
    ['statline-csv-71882ned.csv', 'Geslacht, Perioden, Beroepsbevolking, Werkzame beroepsbevolking, Werkloze beroepsbevolking'],
    // v3 untyped, a second page: padded keys, right-aligned strings
    ['odata-v3-83599NED-UntypedDataSet-page2.json', 'Perioden, BedrijfstakkenBranchesSBI2008, RegioS, OpenstaandeVacatures_1'],
    // v4 observations: one measure per row
    ['odata-v4-80072ned-Observations.json', 'BedrijfskenmerkenSBI2008, Perioden, M001924'],
  ])('%s names the columns it found instead of an origin', (file, columns) => {
    const result = importBenchmarkFile(readFileSync(join(FORMATS, file)), { fileName: file });
    expect(result.issues[0]?.message).toBe(
      `Deze tabel heeft geen herkomstindeling: geen kolom of onderwerp met herkomst of migratieachtergrond (kolommen: ${columns}). Kies een CBS-tabel naar herkomst; zie de uitleg bij het importeren.`,
    );
  });

  it('says which endpoint holds the figures when given a description, in English too', () => {
    const result = importBenchmarkFile(readFileSync(join(FORMATS, 'odata-v3-80137ned-TableInfos.json')), { locale: 'en' });
    expect(result.issues[0]?.message).toBe("This is the 'TableInfos' part of CBS table 80137NED: a description without figures. Import the figures: TypedDataSet (OData v3), Observations (OData v4) or a StatLine CSV.");
  });
});

function bundled(id: string): BenchmarkTable {
  const parsed = parseBenchmarkTable(JSON.parse(readFileSync(join(__dirname, '../../../public/benchmarks', `${id}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(id);
  return parsed.table;
}
const rowOf = (t: BenchmarkTable | undefined, key: Record<string, string>) => t?.rows.find((r) => JSON.stringify(r.key) === JSON.stringify(key));

describe('origin tables from CBS feeds import and match the bundled values', () => {
  it('85512NED (every region, 2021): the imported cells equal the bundled real table', () => {
    const file = '85512NED-arbeidsdeelname-herkomst-regios-2021.csv';
    const result = importBenchmarkFile(readFileSync(join(ORIGIN, file)), { fileName: file });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join(' '));
    const table = result.tables[0];
    expect(result.tables).toHaveLength(1);
    expect(table).toMatchObject({ scheme: 'herkomst', year: 2021, population: 'persons', dimensions: ['region'], provenance: { kind: 'imported', tableId: '85512NED' } });
    const real = bundled('cbs-85512NED-2021');
    expect(table?.rows).toHaveLength(real.rows.length); // 437: the country and 436 regions
    const keys: Array<Record<string, string>> = [{}, { region: 'AM18' }, { region: 'PV28' }, { region: 'GM:Amsterdam' }, { region: 'CR:Groot-Amsterdam' }, { region: 'LD:Zuid-Nederland' }];
    for (const key of keys) {
      const mine = rowOf(table, key);
      const theirs = rowOf(real, key);
      // bundled shares are rounded to 5 decimals; the import keeps full precision
      for (const c of ['nederland', 'europa', 'buiten-europa']) expect(Math.abs((mine?.shares[c] ?? NaN) - (theirs?.shares[c] ?? NaN))).toBeLessThan(1e-5);
      expect(mine?.denominator).toBe(theirs?.denominator);
    }
    // the finer origin and the parents' birth country are reported, not mixed in
    expect(result.issues.filter((i) => i.code === 'unmatched-codes').map((i) => i.column).sort()).toEqual(['GeboortelandOuders', 'Herkomstland']);
  });

  it('85456NED (national, 2013–2024): one table a year, equal to the bundled figures (the feed copy carries no unit: thousands)', () => {
    const file = '85456NED-arbeidsdeelname-herkomst-nederland-2013-2024.csv';
    const result = importBenchmarkFile(readFileSync(join(ORIGIN, file)), { fileName: file });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join(' '));
    expect(result.tables.map((t) => t.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    for (const year of [2013, 2021, 2024]) {
      const mine = rowOf(result.tables.find((t) => t.year === year), {});
      const theirs = rowOf(bundled(`cbs-85456NED-${year}`), {});
      for (const c of ['nederland', 'europa', 'buiten-europa']) expect(Math.abs((mine?.shares[c] ?? NaN) - (theirs?.shares[c] ?? NaN))).toBeLessThan(1e-5);
      expect((mine?.denominator ?? NaN) * 1000).toBe(theirs?.denominator);
    }
  });

  it('86008NED is refused: it has Nederland and the total only, not the three herkomst groups', () => {
    const file = '86008NED-arbeidsdeelname-herkomst-regios-2014-2023.csv';
    const result = importBenchmarkFile(readFileSync(join(ORIGIN, file)), { fileName: file });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['incomplete-cells', 'no-rows-left']));
  });
});
