import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookupBenchmark, parseBenchmarkTable } from '../../../src/core';
import { currentFromMatch } from '../../../src/core/views/benchmarks';
import type { BenchmarkTable, Locale } from '../../../src/core/types';
import { exportNotes } from '../../../src/components/export/exportNotes';
import { translate } from '../../../src/i18n/translate';
import { wordBenchmark } from '../../../src/i18n/wordBenchmark';

// Every bundled table, read as the app reads it; the national cell of each is what the overview, the
// report (ReportBenchmark shows label, counts, source, method, note) and exports (exportNotes) say.
const DIR = join(__dirname, '../../../public/benchmarks');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Array<{ id: string; file: string }>;
const tables: BenchmarkTable[] = manifest.map((e) => {
  const parsed = parseBenchmarkTable(JSON.parse(readFileSync(join(DIR, e.file), 'utf8')));
  if (!parsed.ok) throw new Error(e.id);
  return parsed.table;
});

/** The first cell below the national one (a sector, region, age band…), else the national cell; in words, as the app shows it. */
function current(table: BenchmarkTable, locale: Locale) {
  const key = (table.rows.find((r) => Object.keys(r.key).length > 0) ?? table.rows[0])?.key ?? {};
  const found = lookupBenchmark([table], { scheme: table.scheme, year: table.year, ...key });
  if (!found.ok) throw new Error(table.id);
  return wordBenchmark((key, params) => translate(locale, key, params), locale, currentFromMatch(found));
}
function notes(table: BenchmarkTable, locale: Locale): string {
  const benchmark = current(table, locale);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);
  return exportNotes(t, { datasetName: 'personeel', benchmark, rules: { groupMin: 10, cellMin: 5 } as never, date: '5 december 2026' }).notes.join(' ');
}

// Words that only an English text has (not "of", Dutch for "or"); none may appear in the Dutch ones.
const ENGLISH = /\b(the|source|counts?|jobs?|persons?|people|modell?ed|imported|real|figures?|employees?|residence|where|by|and|not)\b/i;
// File paths or file names of the project's sources.
const PATH = /data\/cbs|public\/|\.csv\b|\.json\b|[\w-]+\/[\w-]+\.\w{2,4}\b/;

describe('every bundled benchmark says what it is, in the report and in exports', () => {
  it('covers all bundled tables (69: 12 + 19 + 1 real national/regional, the rest modelled)', () => {
    expect(tables).toHaveLength(69);
    expect(tables.filter((t) => t.provenance.kind === 'cbs').map((t) => t.id.replace(/-\d{4}$/, '')).filter((v, i, a) => a.indexOf(v) === i)).toEqual(['cbs-85456NED', 'cbs-82809NED', 'cbs-85512NED']);
  });

  it.each(tables.map((t) => [t.id, t] as const))('%s: real or modelled, what it counts, its source (nl)', (_id, table) => {
    const text = notes(table, 'nl');
    const benchmark = current(table, 'nl');
    if (benchmark.provenance.kind === 'cbs') {
      expect(text).toContain('(echt CBS-cijfer; ');
      expect(text).toContain(`Bron: CBS, StatLine ${benchmark.provenance.tableId}`);
      expect(text).toContain('CC BY 4.0');
    } else {
      expect(benchmark.provenance.kind).toBe('illustrative');
      expect(text).toContain('gemodelleerd (illustratief), geen CBS-cijfer; ');
      expect(text).toContain('Bron: gemodelleerd door Barometer, geen CBS-cijfers');
      // the modelled tables rest on real CBS totals and weights, named in the method
      expect(benchmark.provenance.method).toMatch(/CBS (85456NED|82809NED|83583NED)/);
    }
    expect(text).toContain(
      table.population === 'persons'
        ? 'telt personen met werk naar woonplaats (werkzame beroepsbevolking, 15 tot 75 jaar), niet banen bij de werkgever'
        : 'telt banen van werknemers naar vestiging van de werkgever',
    );
    // the report's lines: label, counts, source, method, note (the address is a web address, shown as text)
    for (const line of [text, benchmark.label, benchmark.counts ?? '', benchmark.provenance.source, benchmark.provenance.method ?? '', ...(benchmark.notes ?? [])]) {
      expect(line.replace('CC BY 4.0', '')).not.toMatch(ENGLISH);
      expect(line).not.toMatch(PATH);
    }
  });

  it.each(tables.filter((_, i) => i % 10 === 0).map((t) => [t.id, t] as const))('%s: the English notes say the same', (_id, table) => {
    const text = notes(table, 'en');
    expect(text).toMatch(current(table, 'en').provenance.kind === 'cbs' ? /\(real CBS figure; / : /\(modelled \(illustrative\), not a CBS figure; /);
    expect(text).toContain(table.population === 'persons' ? 'counts persons in work by where they live' : "counts employee jobs by the employer's location");
    expect(text).not.toMatch(PATH);
  });

  it('the imported 86008NED trend says imported, what it counts and its CBS table, without a path', async () => {
    const { importBenchmarkFile } = await import('../../../src/core');
    const file = '86008NED-excerpt.csv';
    const result = importBenchmarkFile(readFileSync(join(__dirname, '../../fixtures/benchmarks', file)), { fileName: file });
    const trend = result.ok ? result.trend : undefined;
    expect(trend?.provenance.source).toBe('CBS StatLine 86008NED (geïmporteerd uit 86008NED-excerpt.csv)');
    expect(trend?.provenance.method).not.toMatch(ENGLISH);
    expect(trend?.title.nl).not.toMatch(ENGLISH);
  });
});
