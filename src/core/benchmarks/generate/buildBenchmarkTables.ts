import type { BenchmarkProvenance, BenchmarkTable, SchemeId } from '../../types';
import { categoryIds, SCHEMES } from '../../classification/schemes';
import { effectEntries, type AnchorSpec, type BenchmarkInputs, type EffectSpec, type RealInputs } from './benchmarkInputs';
import { aggregateCells, crossWithSectors, normaliseWeights, splitCell, toRow, type RawCell } from './crossBreakdown';
import { realPersons, resolveAnchors, sectorSection, sizeSectionFor } from './modelledInputs';
import { rakeShares, tiltShares } from './rakeShares';

type TableKind = 'sector' | 'sector-region' | 'sector-size' | 'sector-wage' | 'age';

const TITLES: Record<TableKind, { nl: string; en: string; dimensions: string[] }> = {
  sector: { nl: 'Banen van werknemers naar herkomst en sector (SBI)', en: 'Employee jobs by origin and sector (SBI)', dimensions: ['sector'] },
  'sector-region': { nl: 'Banen van werknemers naar herkomst, sector en arbeidsmarktregio', en: 'Employee jobs by origin, sector and labour-market region', dimensions: ['sector', 'region'] },
  'sector-size': { nl: 'Banen van werknemers naar herkomst, sector en bedrijfsgrootte', en: 'Employee jobs by origin, sector and company size', dimensions: ['sector', 'sizeClass'] },
  'sector-wage': { nl: 'Banen van werknemers naar herkomst, sector en uurloonklasse', en: 'Employee jobs by origin, sector and hourly-wage class', dimensions: ['sector', 'wageClass'] },
  age: { nl: 'Werkzame beroepsbevolking naar herkomst en leeftijd', en: 'Working population by origin and age', dimensions: ['ageBand'] },
};

const SCHEME_WORD: Record<SchemeId, { nl: string; en: string }> = {
  herkomst: { nl: 'herkomst', en: 'origin' },
  migratieachtergrond: { nl: 'migratieachtergrond', en: 'migration background' },
};

function total(record: Record<string, number | string>, year: number): number {
  const value = record[String(year)];
  if (typeof value !== 'number') throw new Error(`benchmark inputs: no total for ${year}`);
  return value;
}

const percent = (v: number) => `${(Math.round(v * 1000) / 10).toLocaleString('nl-NL')}%`;

function sharesText(scheme: SchemeId, shares: Record<string, number>): string {
  return SCHEMES[scheme].map((c) => `${c.nl} ${percent(shares[c.id] ?? 0)}`).join(', ');
}

/** In Dutch, what the national figure of a modelled jobs table is and where it comes from. */
function anchorText(anchor: AnchorSpec, real: RealInputs | undefined): string {
  const shares = sharesText(anchor.scheme, anchor.shares);
  if (anchor.kind === 'cbs') return `CBS-cijfer voor banen van werknemers ${anchor.year} (${shares}; hele procenten)`;
  if (anchor.kind === 'derived') {
    const tableId = real?.persons[anchor.scheme]?.[anchor.year]?.tableId ?? 'CBS';
    return `afgeleid: het CBS-cijfer voor banen van werknemers ${anchor.from} plus de werkelijke verandering ${anchor.from}–${anchor.year} van de werkzame beroepsbevolking (CBS ${tableId}), ${shares}`;
  }
  return `aanname van Barometer (${shares})`;
}

function tableProvenance(anchor: AnchorSpec, real: RealInputs | undefined): BenchmarkProvenance {
  const weights = real?.jobs ? ` Gewichten van sectoren en van bedrijfsgrootte per sector: banen van werknemers in december ${real.jobs.year}, CBS ${real.jobs.tableId}.` : '';
  return {
    kind: 'illustrative',
    source: 'gemodelleerd door Barometer, geen CBS-cijfers',
    method: `Landelijk cijfer: ${anchorText(anchor, real)}. De verschillen tussen sectoren, regio's, bedrijfsgroottes, uurloonklassen en leeftijden zijn aannames van Barometer in de vorm van de CBS-tabellen, zo geschaald dat elke uitsplitsing gemiddeld het landelijke cijfer geeft.${weights}`,
  };
}

/** The national row's provenance: a real CBS figure only when the anchor is one and the unit is jobs. */
function nationalProvenance(anchor: AnchorSpec, population: 'jobs' | 'persons'): BenchmarkProvenance | undefined {
  if (anchor.kind !== 'cbs' || population !== 'jobs') return undefined;
  return { kind: 'cbs', source: `CBS, Barometer Culturele Diversiteit: werknemers ${anchor.year}`, url: anchor.url };
}

function sectorCells(national: RawCell, sectors: Record<string, EffectSpec | string>): RawCell[] {
  const specs = effectEntries(sectors);
  const weights = normaliseWeights(specs);
  const cells = specs.map(([, spec]) => ({ weight: 0, shares: tiltShares(national.shares, spec.effects) }));
  specs.forEach(([id], i) => { if (cells[i]) cells[i].weight = weights.get(id) ?? 0; });
  rakeShares(cells, national.shares);
  return specs.map(([id], i) => ({ key: { sector: id }, shares: cells[i]?.shares ?? [], jobs: national.jobs * (weights.get(id) ?? 0) }));
}

/** Top-10% rows: each sector's shares tilted by the top class's effects, 10% of its jobs; not raked. */
function topCells(sectors: RawCell[], spec: EffectSpec | string | undefined): RawCell[] {
  if (spec === undefined || typeof spec === 'string') return [];
  const inner = sectors.map((s) => ({ key: { ...s.key, wageClass: 'top10' }, shares: tiltShares(s.shares, spec.effects), jobs: s.jobs * spec.weight }));
  return [aggregateCells({ wageClass: 'top10' }, inner), ...inner];
}

/**
 * Every modelled table of one scheme and year. The jobs tables average to the anchor; the age
 * table (persons) to the real national figure of the working population when there is one, and
 * none is made where CBS's own age table is bundled.
 */
export function buildTablesForAnchor(inputs: BenchmarkInputs, anchor: AnchorSpec, real?: RealInputs): BenchmarkTable[] {
  const categories = categoryIds(anchor.scheme);
  const national: RawCell = { key: {}, shares: categories.map((id) => anchor.shares[id] ?? 0), jobs: total(inputs.totals.jobs, anchor.year) };
  const sectors = sectorCells(national, sectorSection(inputs, real));
  const { top10, ...wageFifths } = inputs.wageClasses;
  const people = realPersons(real, anchor.scheme, anchor.year);
  const persons: RawCell = people
    ? { key: {}, shares: categories.map((id) => people.shares[id] ?? 0), jobs: people.total }
    : { ...national, jobs: total(inputs.totals.persons, anchor.year) };
  const cellsByKind: Record<TableKind, RawCell[]> = {
    sector: [national, ...sectors],
    'sector-region': crossWithSectors(national, sectors, 'region', inputs.regions),
    'sector-size': crossWithSectors(national, sectors, 'sizeClass', inputs.sizeClasses, sizeSectionFor(inputs, real)),
    'sector-wage': [...crossWithSectors(national, sectors, 'wageClass', wageFifths), ...topCells(sectors, top10)],
    age: [persons, ...splitCell(persons, 'ageBand', inputs.ageBands)],
  };
  const kinds = (Object.keys(TITLES) as TableKind[]).filter((kind) => kind !== 'age' || !real?.realAge[anchor.scheme]?.includes(anchor.year));
  return kinds.map((kind) => {
    const population = kind === 'age' ? 'persons' : 'jobs';
    const word = SCHEME_WORD[anchor.scheme];
    const rows = cellsByKind[kind].map((cell) => toRow(cell, categories));
    const nationalRow = nationalProvenance(anchor, population);
    if (nationalRow && rows[0]) rows[0].provenance = nationalRow;
    if (people && kind === 'age' && rows[0]) rows[0].provenance = { kind: 'cbs', source: `CBS, StatLine ${people.tableId}, CC BY 4.0`, tableId: people.tableId };
    return {
      id: `${anchor.scheme}-${anchor.year}-${kind}`,
      scheme: anchor.scheme,
      year: anchor.year,
      population,
      dimensions: TITLES[kind].dimensions,
      title: {
        nl: `${TITLES[kind].nl.replace('herkomst', word.nl)}, ${anchor.year} (gemodelleerd)`,
        en: `${TITLES[kind].en.replace('origin', word.en)}, ${anchor.year} (modelled)`,
      },
      provenance: tableProvenance(anchor, real),
      rows,
    };
  });
}

/** All modelled tables, in the order of the anchors; `real` makes them agree with real CBS figures. */
export function buildBenchmarkTables(inputs: BenchmarkInputs, real?: RealInputs): BenchmarkTable[] {
  return resolveAnchors(inputs, real).flatMap((anchor) => buildTablesForAnchor(inputs, anchor, real));
}
