import { readCbsSources } from './cbsSources';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchmarkTable } from '../../../src/core/types';
import { parseBenchmarkTable } from '../../../src/core/benchmarks';
import { LABOUR_MARKET_REGIONS, PROVINCES } from '../../../src/core/reference';
import type { RegionalTrend } from '../../../src/core/benchmarks/real/regionalTables';

// Known answers of /work/shared/cbs/README.md, against the committed files the app fetches.
const dir = join(__dirname, '../../../public/benchmarks');
const json = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
function table(id: string): BenchmarkTable {
  const parsed = parseBenchmarkTable(json(`${id}.json`));
  if (!parsed.ok) throw new Error(id);
  return parsed.table;
}
const national = (t: BenchmarkTable) => t.rows.find((r) => Object.keys(r.key).length === 0)!;
const pct = (v: number | undefined) => Math.round((v ?? NaN) * 1000) / 10;
const threePct = (shares: Record<string, number>, scale = 1) => Object.values(shares).map((v) => pct(v * scale));

describe('real national figures (85456NED herkomst, 82809NED migratieachtergrond)', () => {
  it('NL 2021: 9,255 thousand, Nederland 75.5%, Europa 8.1%, Buiten Europa 16.4%', () => {
    const row = national(table('cbs-85456NED-2021'));
    expect(row.denominator).toBe(9_255_000);
    expect(threePct(row.shares)).toEqual([75.5, 8.1, 16.4]);
  });

  it('NL 2024: 9,798 thousand, 72.2% / 9.3% / 18.5%', () => {
    const row = national(table('cbs-85456NED-2024'));
    expect(row.denominator).toBe(9_798_000);
    expect(threePct(row.shares)).toEqual([72.2, 9.3, 18.5]);
  });

  it('NL 2013: 8,433 thousand, 79.6% / 6.5% / 13.7% of all, the 18 thousand of unknown origin left out of the shares', () => {
    const row = national(table('cbs-85456NED-2013'));
    expect(row.denominator).toBe(8_433_000);
    // shares are of the known origins: 6716 + 547 + 1153 = 8416 thousand; × 8416 / 8433 gives shares of all
    expect(threePct(row.shares, 8416 / 8433)).toEqual([79.6, 6.5, 13.7]);
  });

  it('has every year 2013–2024 of 85456NED and 2003–2021 of 82809NED, each with its attribution', () => {
    const manifest: Array<{ id: string; year: number; provenanceKind: string }> = json('manifest.json');
    const years = (prefix: string) => manifest.filter((e) => e.id.startsWith(prefix)).map((e) => e.year);
    expect(years('cbs-85456NED-')).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    // the copied feed has years 2003–2021; 2022 only as a first quarter, never shown as a year
    expect(years('cbs-82809NED-')).toEqual(Array.from({ length: 19 }, (_, i) => 2003 + i));
    for (const id of ['cbs-85456NED-2024', 'cbs-82809NED-2021', 'cbs-85512NED-2021']) {
      const t = table(id);
      expect(t.provenance.kind).toBe('cbs');
      expect(t.population).toBe('persons');
      expect(t.provenance.source).toMatch(new RegExp(`^CBS, StatLine ${t.provenance.tableId} \\(.+\\), CC BY 4\\.0$`));
      expect(t.provenance.method).toMatch(/^Telt personen met betaald werk .* naar (woonplaats|de regio of gemeente waar zij wonen), niet banen van werknemers/);
    }
  });

  it('82809NED: migratieachtergrond by age from CBS, 2021 national 76.3% / 10.8% / 12.9%', () => {
    const t = table('cbs-82809NED-2021');
    // 15–75: Nederlandse achtergrond 7060, westers 999, niet-westers 1192 of 9255 (5 unknown): 7060/9251 = 76.3%
    expect(threePct(national(t).shares)).toEqual([76.3, 10.8, 12.9]);
    expect(t.rows.map((r) => r.key.ageBand ?? '')).toEqual(['', '15-25', '25-35', '35-45', '45-55', '55-65', '65-75']);
  });

  it('82809NED says it runs to 2021, and why there is no 2022 (only a first quarter, not passed off as a year)', () => {
    const t = table('cbs-82809NED-2021');
    expect(t.provenance.method).toContain('Loopt tot en met 2021: de bron geeft 2022 alleen als eerste kwartaal, en een kwartaal is geen jaarcijfer.');
    // the source copy does hold '2022 1e kwartaal', so leaving it out is a choice, not a gap in the file
    const source = readCbsSources().migratieNational;
    expect(source).toContain('2022 1e kwartaal');
    const periods = new Set(source.split(/\r?\n/).slice(1).map((l) => l.split(';')[4]?.trim()));
    expect(periods.has('2022 1e kwartaal') && periods.has('2021') && !periods.has('2022')).toBe(true);
  });
});

describe('real regional figures, 2021 (85512NED)', () => {
  const regional = table('cbs-85512NED-2021');
  const row = (region: string) => regional.rows.find((r) => r.key.region === region);

  it('NL 2021: 9,106,970 persons, 76.1% / 8.0% / 15.9% (a different table from 85456NED: said, not mixed)', () => {
    expect(national(regional).denominator).toBe(9_106_970);
    expect(threePct(national(regional).shares)).toEqual([76.1, 8, 15.9]);
  });

  it('has the 12 provinces, the 35 arbeidsmarktregio\'s by CBS code, 4 landsdelen, 40 COROP regions and every municipality', () => {
    const ids = regional.rows.map((r) => r.key.region).filter((id): id is string => id !== undefined);
    expect(ids.filter((id) => /^PV/.test(id)).sort()).toEqual(PROVINCES.items.map((p) => p.id).sort());
    expect(ids.filter((id) => /^AM/.test(id)).sort()).toEqual(LABOUR_MARKET_REGIONS.items.map((r) => r.id).sort());
    expect(ids.filter((id) => id.startsWith('LD:'))).toHaveLength(4);
    expect(ids.filter((id) => id.startsWith('CR:'))).toHaveLength(40);
    // 342 bare names + 's-Gravenhage, Groningen and Utrecht titled "(gemeente)" = 345 municipalities in the feed
    expect(ids.filter((id) => id.startsWith('GM:'))).toHaveLength(345);
    expect(ids).toContain('GM:Utrecht');
    expect(ids).toContain('GM:Schiermonnikoog');
  });

  it('Groot Amsterdam is AM18 and Amsterdam a municipality of its own', () => {
    // 85512NED, Groot Amsterdam (AM): 366 370 Nederland of 698 800 = 52.4%
    expect(pct(row('AM18')?.shares.nederland)).toBe(52.4);
    expect(row('AM18')?.denominator).toBe(698_800);
    expect(pct(row('GM:Amsterdam')?.shares.nederland)).toBe(45.5);
  });
});

describe('the regional trend, 2014–2023 (86008NED): share not of Dutch origin', () => {
  const trend: RegionalTrend = json('trend-86008NED.json');
  const at = (region: string, year: number) => trend.regions[region]?.[trend.years.indexOf(year)];

  it('Groot Amsterdam (AM) 2023: 51.2%; Drenthe (AM) 2023: 10.3%', () => {
    expect(pct(at('AM18', 2023) ?? undefined)).toBe(51.2);
    expect(pct(at('AM03', 2023) ?? undefined)).toBe(10.3);
  });

  it('NL 2014 → 2023: 19.5% → 26.2%, with its attribution', () => {
    expect(trend.years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect([pct(at('', 2014) ?? undefined), pct(at('', 2023) ?? undefined)]).toEqual([19.5, 26.2]);
    expect(trend.source).toBe('CBS, StatLine 86008NED (Arbeidsdeelname; gemeenten (regio-indeling 2024)), CC BY 4.0');
  });

  it('keeps AM06 under its code through CBS\'s rename', () => {
    expect(trend.regions.AM06?.every((v) => v !== null)).toBe(true);
  });
});

describe('modelled tables agree with the real national figures of their year and population', () => {
  it('herkomst 2020 jobs: CBS 75% / 10% / 15% (employees 2020), labelled CBS', () => {
    const row = national(table('herkomst-2020-sector'));
    expect(threePct(row.shares)).toEqual([75, 10, 15]);
    expect(row.provenance?.kind).toBe('cbs');
  });

  it('herkomst 2021 jobs: the 2020 CBS figure moved by the real 2020→2021 change of 85456NED', () => {
    // 85456NED, rounded to 5 decimals: 2021 0.75462 / 0.08115 / 0.16423; 2020 (of 9100 known) 0.76374 / 0.07747 / 0.15879
    // 0.75 + 0.75462 − 0.76374 = 0.74088; 0.10 + 0.08115 − 0.07747 = 0.10368; rest 0.15544
    expect(national(table('herkomst-2021-sector')).shares).toEqual({ nederland: 0.74088, europa: 0.10368, 'buiten-europa': 0.15544 });
  });

  it('the herkomst age table (persons) has the real 85456NED figure as its national row', () => {
    // 2024: 7073 / 915 / 1809 of 9797 known = 0.72196 / 0.09340 / 0.18464
    const row = national(table('herkomst-2024-age'));
    expect(row.shares).toEqual({ nederland: 0.72196, europa: 0.0934, 'buiten-europa': 0.18464 });
    expect(row.denominator).toBe(9_798_000);
    expect(row.provenance?.tableId).toBe('85456NED');
  });

  it('weights sector × size by 83583NED job counts (December 2019)', () => {
    const t = table('herkomst-2024-sector-size');
    const jobs = (key: Record<string, string>) => t.rows.find((r) => JSON.stringify(r.key) === JSON.stringify(key))?.denominator ?? NaN;
    // Industrie (C): 243.61 of 775.05 thousand jobs at 100–500 = 31.4%; 0–10: 65.07 / 775.05 = 8.4%
    expect(Math.round((jobs({ sector: 'C', sizeClass: '100-500' }) / jobs({ sector: 'C' })) * 1000) / 10).toBe(31.4);
    expect(Math.round((jobs({ sector: 'C', sizeClass: '1-10' }) / jobs({ sector: 'C' })) * 1000) / 10).toBe(8.4);
    // Sector weights too: C 775.05 vs Bouwnijverheid (F) 332.77 thousand = 2.33 times
    expect(Math.round((jobs({ sector: 'C' }) / jobs({ sector: 'F' })) * 100) / 100).toBe(2.33);
  });
});
