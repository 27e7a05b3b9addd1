import type { BenchmarkRow } from '../../types';
import { effectEntries, type EffectSpec } from './benchmarkInputs';
import { rakeShares, roundShares, tiltShares, type RakeCell } from './rakeShares';

/** A generated cell before rounding: its key, unrounded shares (canonical order) and weight in jobs. */
export interface RawCell {
  key: Record<string, string>;
  shares: number[];
  jobs: number;
}

/** Normalised weights of a breakdown's categories. */
export function normaliseWeights(specs: Array<[string, EffectSpec]>): Map<string, number> {
  const total = specs.reduce((s, [, spec]) => s + spec.weight, 0);
  return new Map(specs.map(([id, spec]) => [id, spec.weight / total]));
}

/**
 * One breakdown of a parent cell: each category's shares are the parent's tilted by its effects,
 * then raked so that their job-weighted average equals the parent exactly.
 */
export function splitCell(parent: RawCell, dimension: string, section: Record<string, EffectSpec | string>): RawCell[] {
  const specs = effectEntries(section);
  const weights = normaliseWeights(specs);
  const cells: RakeCell[] = specs.map(([id, spec]) => ({ weight: weights.get(id) ?? 0, shares: tiltShares(parent.shares, spec.effects) }));
  rakeShares(cells, parent.shares);
  return specs.map(([id], i) => ({
    key: { ...parent.key, [dimension]: id },
    shares: cells[i]?.shares ?? [],
    jobs: parent.jobs * (weights.get(id) ?? 0),
  }));
}

/** The job-weighted mix of cells, as one cell with `key`. */
export function aggregateCells(key: Record<string, string>, cells: RawCell[]): RawCell {
  const jobs = cells.reduce((s, c) => s + c.jobs, 0);
  const width = cells[0]?.shares.length ?? 0;
  const shares = Array.from({ length: width }, (_, k) => cells.reduce((s, c) => s + c.jobs * (c.shares[k] ?? 0), 0) / jobs);
  return { key, shares, jobs };
}

/**
 * The sector × `dimension` cross: every sector split by the dimension, plus the dimension's own
 * margins aggregated over sectors. Sector margins and the national cell are passed in unchanged.
 */
export function crossWithSectors(
  national: RawCell,
  sectors: RawCell[],
  dimension: string,
  section: Record<string, EffectSpec | string>,
  /** The section to split one sector by, when its weights differ per sector (real job counts). */
  sectionFor: (sector: string) => Record<string, EffectSpec | string> = () => section,
): RawCell[] {
  const inner = sectors.flatMap((s) => splitCell(s, dimension, sectionFor(s.key.sector ?? '')));
  const ids = effectEntries(section).map(([id]) => id);
  const margins = ids.map((id) => aggregateCells({ [dimension]: id }, inner.filter((c) => c.key[dimension] === id)));
  return [national, ...sectors, ...margins, ...inner];
}

/** A rounded benchmark row: shares to 5 decimals adding to 1, the denominator a whole number. */
export function toRow(cell: RawCell, categories: readonly string[]): BenchmarkRow {
  const rounded = roundShares(cell.shares);
  return {
    key: cell.key,
    shares: Object.fromEntries(categories.map((id, k) => [id, rounded[k] ?? 0])),
    denominator: Math.round(cell.jobs),
  };
}
