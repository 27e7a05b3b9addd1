import { SCHEMES } from '../../classification/schemes';
import type { BenchmarkProvenance, BenchmarkTable, Locale } from '../../types';
import { codeLabel, dimensionLabel } from './describeBenchmarkCell';

export interface BenchmarkTableRowView {
  /** The row's key as text, unique within the table (for keyed lists). */
  id: string;
  /** One label per table dimension; '' where the row is a total over that dimension. */
  cells: string[];
  shares: Array<number | null>;
  denominator: number | null;
  /** The row's own provenance kind when it differs from the table's (e.g. a real CBS national row). */
  kind: BenchmarkProvenance['kind'];
}

export interface BenchmarkTableView {
  title: string;
  dimensions: Array<{ id: string; label: string }>;
  categories: Array<{ id: string; label: string }>;
  /** Sector codes to narrow a large table by; empty when the table needs no filter. */
  sectors: Array<{ id: string; label: string }>;
  rows: BenchmarkTableRowView[];
  provenance: BenchmarkProvenance;
}

/** A code's name; sectors keep their SBI letter, by which HR staff know them. */
function cellLabel(dimension: string, code: string, locale: Locale): string {
  const name = codeLabel(dimension, code, locale);
  return dimension === 'sector' && name !== code ? `${code} ${name}` : name;
}

/**
 * The rows of a benchmark table as the browser shows them. A table with sector and another
 * dimension is long (22 × 36 cells), so it is narrowed: with `sector` '' the totals and the
 * one-dimension rows, else that sector's rows and the national total.
 */
export function benchmarkTableView(table: BenchmarkTable, locale: Locale, sector = ''): BenchmarkTableView {
  const narrow = table.dimensions.includes('sector') && table.dimensions.length > 1;
  const keep = (key: Record<string, string>) => {
    if (!narrow) return true;
    if (Object.keys(key).length === 0) return true;
    return sector ? key.sector === sector : Object.keys(key).length === 1;
  };
  const categories = SCHEMES[table.scheme].map((c) => ({ id: c.id, label: c[locale] }));
  const sectorIds = narrow ? [...new Set(table.rows.flatMap((r) => (r.key.sector ? [r.key.sector] : [])))] : [];
  return {
    title: table.title[locale],
    dimensions: table.dimensions.map((id) => ({ id, label: dimensionLabel(id, locale) })),
    categories,
    sectors: sectorIds.map((id) => ({ id, label: cellLabel('sector', id, locale) })),
    rows: table.rows.filter((r) => keep(r.key)).map((r) => ({
      id: table.dimensions.map((d) => r.key[d] ?? '').join('|'),
      cells: table.dimensions.map((d) => (r.key[d] === undefined ? '' : cellLabel(d, r.key[d], locale))),
      shares: categories.map((c) => r.shares[c.id] ?? null),
      denominator: r.denominator ?? null,
      kind: (r.provenance ?? table.provenance).kind,
    })),
    provenance: table.provenance,
  };
}
