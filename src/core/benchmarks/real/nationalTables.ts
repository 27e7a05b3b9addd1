import type { BenchmarkRow, BenchmarkTable } from '../../types';
import { AGE_BANDS } from '../../reference/ageBands';
import { categoryIds } from '../../classification/schemes';
import { cbsProvenance } from './cbsProvenance';
import { countOf, readSemicolonCsv } from './readSemicolonCsv';
import { threeShares } from './threeShares';

const YEAR = /^(\d{4})$/;
const HERKOMST = ['Nederland', 'Europa (exclusief Nederland)', 'Buiten Europa'];
const MIGRATIE = ['Nederlandse achtergrond', 'Westerse migratieachtergrond', 'Niet-westerse migratieachtergrond'];

const PERSONS_NL = 'Telt personen met betaald werk (werkzame beroepsbevolking, 15 tot 75 jaar) naar woonplaats, niet banen van werknemers bij de werkgever.';

/** Counts (×1,000) of `labels` and the total, per year, from rows already filtered to one cell. */
function byYear(rows: Array<Record<string, string>>, originColumn: string, labels: string[]): Map<number, { total: number; counts: number[] }> {
  const cells = new Map<number, Map<string, number>>();
  for (const row of rows) {
    const year = YEAR.exec((row.Perioden ?? '').trim())?.[1];
    const value = countOf(row.WerkzameBeroepsbevolking_3);
    if (!year || value === undefined) continue;
    const cell = cells.get(Number(year)) ?? new Map<string, number>();
    cell.set((row[originColumn] ?? '').trim(), value);
    cells.set(Number(year), cell);
  }
  const out = new Map<number, { total: number; counts: number[] }>();
  for (const [year, cell] of [...cells].sort((a, b) => a[0] - b[0])) {
    const counts = labels.map((l) => cell.get(l));
    const total = cell.get('Totaal');
    if (total === undefined || counts.some((c) => c === undefined)) continue;
    out.set(year, { total, counts: counts as number[] });
  }
  return out;
}

/** 85456NED: the working population by herkomst, the whole country, one table per year. */
export function herkomstNationalTables(text: string): BenchmarkTable[] {
  const rows = readSemicolonCsv(text).filter((r) => r.Geslacht === 'Totaal mannen en vrouwen' && r.Startkwalificatie === 'Totaal' && r.GeboortelandOuders === 'Totaal');
  return [...byYear(rows, 'Herkomstland', HERKOMST)].map(([year, cell]) => ({
    id: `cbs-85456NED-${year}`,
    scheme: 'herkomst',
    year,
    population: 'persons',
    dimensions: [],
    title: { nl: `Werkzame beroepsbevolking naar herkomst, Nederland, ${year} (CBS)`, en: `Working population by origin, the Netherlands, ${year} (CBS)` },
    provenance: cbsProvenance('85456NED', `${PERSONS_NL} Jaargemiddelde; aantallen in duizenden; aandelen van de personen met bekende herkomst.`),
    rows: [{ key: {}, shares: threeShares(categoryIds('herkomst'), cell.counts), denominator: cell.total * 1000 }],
  }));
}

/** 82809NED: the working population by migratieachtergrond, the whole country and by age band, per year. */
export function migratieNationalTables(text: string): BenchmarkTable[] {
  const all = readSemicolonCsv(text).filter((r) => r.Geslacht === 'Totaal mannen en vrouwen');
  const bands: Array<[string | null, string]> = [[null, '15 tot 75 jaar'], ...AGE_BANDS.items.map((b): [string, string] => [b.id, b.nl])];
  const perBand = bands.map(([id, label]) => [id, byYear(all.filter((r) => r.Leeftijd === label), 'Migratieachtergrond', MIGRATIE)] as const);
  const national = perBand[0]?.[1] ?? new Map();
  const ids = categoryIds('migratieachtergrond');
  return [...national.keys()].map((year): BenchmarkTable => {
    const rows: BenchmarkRow[] = [];
    for (const [band, cells] of perBand) {
      const cell = cells.get(year);
      if (cell) rows.push({ key: band ? { ageBand: band } : {}, shares: threeShares(ids, cell.counts), denominator: cell.total * 1000 });
    }
    return {
      id: `cbs-82809NED-${year}`,
      scheme: 'migratieachtergrond',
      year,
      population: 'persons',
      dimensions: ['ageBand'],
      title: { nl: `Werkzame beroepsbevolking naar migratieachtergrond en leeftijd, Nederland, ${year} (CBS)`, en: `Working population by migration background and age, the Netherlands, ${year} (CBS)` },
      provenance: cbsProvenance('82809NED', `${PERSONS_NL} Jaargemiddelde; aantallen in duizenden; aandelen van de personen met bekende migratieachtergrond. Loopt tot en met 2021: de bron geeft 2022 alleen als eerste kwartaal, en een kwartaal is geen jaarcijfer.`),
      rows,
    };
  });
}
