import type { BenchmarkProvenance, BenchmarkTable, SchemeId } from '../../types';
import { categoryIds } from '../../classification/schemes';
import { effectEntries, type AnchorSpec, type BenchmarkInputs, type EffectSpec } from './benchmarkInputs';
import { aggregateCells, crossWithSectors, normaliseWeights, splitCell, toRow, type RawCell } from './crossBreakdown';
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

function tableProvenance(inputs: BenchmarkInputs, anchor: AnchorSpec): BenchmarkProvenance {
  const anchorText = anchor.kind === 'cbs' ? `CBS-cijfer: ${anchor.source ?? ''}` : `aanname: ${anchor.note ?? ''}`;
  return {
    kind: 'illustrative',
    source: 'illustratief (gegenereerd door scripts/build-benchmarks.mjs; geen CBS-cijfers)',
    method: `${inputs.method} National anchor ${anchor.scheme} ${anchor.year}: ${anchorText}. Sector, region, size, wage and age effects and job weights are assumptions documented in scripts/benchmark-inputs/benchmark-assumptions.json.`,
  };
}

/** The national row's provenance: a real CBS figure only when the anchor is one and the unit is jobs. */
function nationalProvenance(anchor: AnchorSpec, population: 'jobs' | 'persons'): BenchmarkProvenance | undefined {
  if (anchor.kind !== 'cbs' || population !== 'jobs') return undefined;
  return { kind: 'cbs', source: anchor.source ?? 'CBS', url: anchor.url };
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

/** Every bundled table of one scheme and year, built from the documented inputs. */
export function buildTablesForAnchor(inputs: BenchmarkInputs, anchor: AnchorSpec): BenchmarkTable[] {
  const categories = categoryIds(anchor.scheme);
  const national: RawCell = { key: {}, shares: categories.map((id) => anchor.shares[id] ?? 0), jobs: total(inputs.totals.jobs, anchor.year) };
  const sectors = sectorCells(national, inputs.sectors);
  const { top10, ...wageFifths } = inputs.wageClasses;
  const persons: RawCell = { ...national, jobs: total(inputs.totals.persons, anchor.year) };
  const cellsByKind: Record<TableKind, RawCell[]> = {
    sector: [national, ...sectors],
    'sector-region': crossWithSectors(national, sectors, 'region', inputs.regions),
    'sector-size': crossWithSectors(national, sectors, 'sizeClass', inputs.sizeClasses),
    'sector-wage': [...crossWithSectors(national, sectors, 'wageClass', wageFifths), ...topCells(sectors, top10)],
    age: [persons, ...splitCell(persons, 'ageBand', inputs.ageBands)],
  };
  return (Object.keys(TITLES) as TableKind[]).map((kind) => {
    const population = kind === 'age' ? 'persons' : 'jobs';
    const word = SCHEME_WORD[anchor.scheme];
    const rows = cellsByKind[kind].map((cell) => toRow(cell, categories));
    const nationalRow = nationalProvenance(anchor, population);
    if (nationalRow && rows[0]) rows[0].provenance = nationalRow;
    return {
      id: `${anchor.scheme}-${anchor.year}-${kind}`,
      scheme: anchor.scheme,
      year: anchor.year,
      population,
      dimensions: TITLES[kind].dimensions,
      title: {
        nl: `${TITLES[kind].nl.replace('herkomst', word.nl)}, ${anchor.year} (illustratief)`,
        en: `${TITLES[kind].en.replace('origin', word.en)}, ${anchor.year} (illustrative)`,
      },
      provenance: tableProvenance(inputs, anchor),
      rows,
    };
  });
}

/** All bundled tables, in the order of the anchors. */
export function buildBenchmarkTables(inputs: BenchmarkInputs): BenchmarkTable[] {
  return inputs.anchors.flatMap((anchor) => buildTablesForAnchor(inputs, anchor));
}
