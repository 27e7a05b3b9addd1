import type { BenchmarkProvenance } from '../../types';

/**
 * The share of the working population not of Dutch origin per region and year, imported from a
 * file that gives only the total and Nederland (as 86008NED does): not the three herkomst groups,
 * so it is never used as a benchmark to compare with, only shown as the benchmark's own trend.
 */
export interface ImportedOriginTrend {
  id: string;
  tableId?: string;
  title: { nl: string; en: string };
  population: 'jobs' | 'persons';
  years: number[];
  /** Region id ('' = the whole file's population, the Netherlands) -> share per year of `years`, null where none. */
  regions: Record<string, Array<number | null>>;
  provenance: BenchmarkProvenance;
}

/** One matched cell of an import: its year, its key, and the counts per herkomst category and in total. */
export interface TrendCell {
  year: number;
  key: Record<string, string>;
  values: Map<string, number | null>;
  total?: number | null;
}

/**
 * True when a herkomst file has Nederland and the total but never Buiten Europa: only the two-way
 * split "Nederland / niet Nederland" can honestly be made from it.
 */
export function isTwoWayHerkomst(cells: readonly TrendCell[]): boolean {
  return cells.every((c) => c.values.get('buiten-europa') == null) && cells.some((c) => typeof c.values.get('nederland') === 'number' && (c.total ?? 0) > 0);
}

/**
 * Not of Dutch origin = (Totaal − Nederland) ÷ Totaal, per region (the cell's region key, or '')
 * and year; Europa, present for some regions only, is not used. Cells with other keys than a
 * region are left out (`skipped`).
 */
export function notDutchTrend(
  cells: readonly TrendCell[],
  meta: Pick<ImportedOriginTrend, 'title' | 'population' | 'provenance'> & { tableId?: string },
): { trend: ImportedOriginTrend; skipped: number } {
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const regions: Record<string, Array<number | null>> = {};
  let skipped = 0;
  for (const cell of cells) {
    const dutch = cell.values.get('nederland');
    const other = Object.keys(cell.key).some((k) => k !== 'region');
    if (other || typeof dutch !== 'number' || !(typeof cell.total === 'number' && cell.total > 0) || dutch > cell.total) { skipped++; continue; }
    const series = (regions[cell.key.region ?? ''] ??= years.map(() => null));
    series[years.indexOf(cell.year)] = (cell.total - dutch) / cell.total;
  }
  const id = `import-${meta.tableId ?? 'trend'}-niet-nederland-${years[0]}-${years[years.length - 1]}`;
  return { trend: { id, ...(meta.tableId ? { tableId: meta.tableId } : {}), title: meta.title, population: meta.population, years, regions, provenance: meta.provenance }, skipped };
}
