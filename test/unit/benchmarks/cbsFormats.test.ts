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
    if (issue.params?.columns !== undefined) expect(issue.params.columns).not.toMatch(/Kolom \d/); // the columns were understood, not numbered
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
    expect(result.issues[0]).toMatchObject({ code: 'no-origin', params: { columns } });
  });

  it('says which endpoint holds the figures when given a description', () => {
    const result = importBenchmarkFile(readFileSync(join(FORMATS, 'odata-v3-80137ned-TableInfos.json')));
    expect(result.issues[0]).toMatchObject({ code: 'metadata-only', params: { endpoint: 'TableInfos', table: '80137NED' } });
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
    if (!result.ok) throw new Error(result.issues.map((i) => i.code).join(' '));
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
    if (!result.ok) throw new Error(result.issues.map((i) => i.code).join(' '));
    expect(result.tables.map((t) => t.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    for (const year of [2013, 2021, 2024]) {
      const mine = rowOf(result.tables.find((t) => t.year === year), {});
      const theirs = rowOf(bundled(`cbs-85456NED-${year}`), {});
      for (const c of ['nederland', 'europa', 'buiten-europa']) expect(Math.abs((mine?.shares[c] ?? NaN) - (theirs?.shares[c] ?? NaN))).toBeLessThan(1e-5);
      expect((mine?.denominator ?? NaN) * 1000).toBe(theirs?.denominator);
    }
  });

  it('86008NED (Totaal and Nederland per region, 2014–2023) imports as the share not of Dutch origin, equal to the bundled trend', () => {
    const file = '86008NED-arbeidsdeelname-herkomst-regios-2014-2023.csv';
    const result = importBenchmarkFile(readFileSync(join(ORIGIN, file)), { fileName: file });
    if (!result.ok) throw new Error(result.issues.map((i) => i.code).join(' '));
    // no three-way table: Europa and Buiten Europa are not in the file, so nothing to compare with
    expect(result.tables).toEqual([]);
    const trend = result.trend!;
    expect(trend).toMatchObject({ tableId: '86008NED', population: 'persons', provenance: { kind: 'imported', tableId: '86008NED' } });
    expect(trend.years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(trend.provenance.method).toMatch(/\(totaal − herkomst Nederland\) ÷ totaal/);
    // 2014–2023 as the years above; the regions are counted in the trend itself
    expect(result.issues.find((i) => i.code === 'two-way-trend')?.params).toEqual({ years: '2014–2023', count: Object.keys(trend.regions).length });
    const at = (region: string, year: number) => trend.regions[region]?.[trend.years.indexOf(year)] ?? NaN;
    // known answers (shared/cbs/README.md): Groot Amsterdam (AM18) 2023 51.2%, Drenthe (AM03) 10.3%, NL 19.5% → 26.2%
    expect(at('AM18', 2023)).toBeCloseTo(0.512, 3);
    expect(at('AM03', 2023)).toBeCloseTo(0.103, 3);
    expect(at('', 2014)).toBeCloseTo(0.195, 3);
    expect(at('', 2023)).toBeCloseTo(0.262, 3);
    // by hand from the file's rows 0 and 4340: NL 2014 Totaal 8,227,790, Nederland 6,619,800 → 1,607,990 ÷ 8,227,790 = 0.195434
    expect(at('', 2014)).toBeCloseTo(0.195434, 6);
    // every region and year equals the bundled trend-86008NED.json (rounded there to 5 decimals)
    const bundledTrend = JSON.parse(readFileSync(join(__dirname, '../../../public/benchmarks/trend-86008NED.json'), 'utf8')) as { years: number[]; regions: Record<string, Array<number | null>> };
    expect(Object.keys(trend.regions).sort()).toEqual(Object.keys(bundledTrend.regions).sort());
    for (const [region, series] of Object.entries(bundledTrend.regions)) {
      series.forEach((share, i) => {
        const mine = trend.regions[region]?.[i];
        if (share === null) expect(mine ?? null).toBeNull();
        else expect(Math.abs((mine ?? NaN) - share)).toBeLessThanOrEqual(5e-6 + 1e-12);
      });
    }
  });

  it('a herkomst file with Buiten Europa missing only in some cells is not taken for a two-way file', () => {
    const csv = ['ID;Herkomstland;RegioS;Perioden;WerkzameBeroepsbevolking_2', '0;Totaal;Nederland;2021;100', '1;Nederland;Nederland;2021;70', '2;Europa (exclusief Nederland);Nederland;2021;10', '3;Buiten Europa;Nederland;2021;20',
      '4;Totaal;Nederland;2022;100', '5;Nederland;Nederland;2022;70'].join('\n');
    const result = importBenchmarkFile(csv, { fileName: '85512NED.csv' });
    expect(result.ok && result.trend).toBeFalsy();
    // 2021 is whole: 70 / 10 / 20 of 100
    expect(result.ok && result.tables.map((t) => [t.year, t.rows[0]?.shares])).toEqual([[2021, { nederland: 0.7, europa: 0.1, 'buiten-europa': 0.2 }]]);
  });
});
