import type { BenchmarkRow, BenchmarkTable } from '../../types';
import { categoryIds } from '../../classification/schemes';
import { cbsRegionId, parseRegionTitle, type CbsRegion } from '../../reference/cbsRegion';
import { cbsAttribution, cbsProvenance } from './cbsProvenance';
import { countOf, readSemicolonCsv } from './readSemicolonCsv';
import { threeShares } from './threeShares';

const HERKOMST = ['Nederland', 'Europa (exclusief Nederland)', 'Buiten Europa'];

/** Labour-market region name -> CBS code, from data/cbs/codes/arbeidsmarktregios-84916NED-2022.csv. */
export function amCodesFrom(csv: string): Map<string, string> {
  const codes = new Map<string, string>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [code, title] = line.split(',');
    const parsed = title ? parseRegionTitle(title) : null;
    if (code && parsed) codes.set(parsed.name, code.trim());
  }
  // CBS renamed AM06 in its 2024 classification (shared/cbs/README.md); the code stayed.
  if (codes.get('Stedendriehoek en Noordwest Veluwe') === 'AM06') codes.set('Veluwe Stedendriehoek', 'AM06');
  return codes;
}

/** Rows of one feed with `GeboortelandOuders` Totaal, as title -> (origin title -> count). */
function cellsByRegion(text: string, column: string, period?: string): Map<string, Map<string, number>> {
  const cells = new Map<string, Map<string, number>>();
  for (const row of readSemicolonCsv(text)) {
    if (row.Geslacht !== 'Totaal mannen en vrouwen' || row.Persoonskenmerken !== 'Totaal personen' || row.GeboortelandOuders !== 'Totaal') continue;
    if (period !== undefined && row.Perioden?.trim() !== period) continue;
    const value = countOf(row[column]);
    if (value === undefined) continue;
    const key = `${row.RegioS ?? ''}\u0001${row.Perioden?.trim() ?? ''}`;
    const cell = cells.get(key) ?? new Map<string, number>();
    cell.set((row.Herkomstland ?? '').trim(), value);
    cells.set(key, cell);
  }
  return cells;
}

/** 85512NED, 2021: herkomst of the working population of the country and of every region in the feed. */
export function regionalHerkomstTable(text: string, amCodes: ReadonlyMap<string, string>): { table: BenchmarkTable; regions: CbsRegion[] } {
  const rows: BenchmarkRow[] = [];
  const regions: CbsRegion[] = [];
  for (const [key, cell] of cellsByRegion(text, 'WerkzameBeroepsbevolking_2', '2021')) {
    const title = key.split('\u0001')[0] ?? '';
    const counts = HERKOMST.map((l) => cell.get(l));
    const total = cell.get('Totaal');
    if (total === undefined || counts.some((c) => c === undefined)) continue;
    const parsed = parseRegionTitle(title);
    const id = parsed ? cbsRegionId(parsed.type, parsed.name, amCodes) : '';
    if (id === undefined) throw new Error(`85512NED: no id for region "${title}"`);
    if (parsed) regions.push({ id, type: parsed.type, nl: parsed.name });
    rows.push({ key: id ? { region: id } : {}, shares: threeShares(categoryIds('herkomst'), counts as number[]), denominator: total });
  }
  const table: BenchmarkTable = {
    id: 'cbs-85512NED-2021',
    scheme: 'herkomst',
    year: 2021,
    population: 'persons',
    dimensions: ['region'],
    title: { nl: 'Werkzame beroepsbevolking naar herkomst en woonregio, 2021 (CBS)', en: 'Working population by origin and region of residence, 2021 (CBS)' },
    provenance: cbsProvenance('85512NED', 'Telt personen met betaald werk (werkzame beroepsbevolking, 15 tot 75 jaar) naar de regio of gemeente waar zij wonen, niet banen van werknemers bij de werkgever. Aantallen afgerond op tientallen.'),
    rows,
  };
  return { table, regions };
}

/** The share of the working population not of Dutch origin, per region and year (86008NED). */
export interface RegionalTrend {
  tableId: '86008NED';
  source: string;
  years: number[];
  /** Region id ('' = the Netherlands) -> share per year of `years`, null where CBS gives none. */
  regions: Record<string, Array<number | null>>;
}

export function regionalTrend(text: string, amCodes: ReadonlyMap<string, string>): RegionalTrend {
  const cells = cellsByRegion(text, 'WerkzameBeroepsbevolking_2');
  const years = [...new Set([...cells.keys()].map((k) => Number(k.split('\u0001')[1])))].filter(Number.isInteger).sort((a, b) => a - b);
  const regions: Record<string, Array<number | null>> = {};
  for (const [key, cell] of cells) {
    const [title = '', period = ''] = key.split('\u0001');
    const parsed = parseRegionTitle(title);
    const id = parsed ? cbsRegionId(parsed.type, parsed.name, amCodes) : '';
    if (id === undefined) throw new Error(`86008NED: no id for region "${title}"`);
    const total = cell.get('Totaal');
    const dutch = cell.get('Nederland');
    const series = (regions[id] ??= years.map(() => null));
    if (total && dutch !== undefined) series[years.indexOf(Number(period))] = Math.round((1 - dutch / total) * 1e5) / 1e5;
  }
  return { tableId: '86008NED', source: cbsAttribution('86008NED'), years, regions };
}
