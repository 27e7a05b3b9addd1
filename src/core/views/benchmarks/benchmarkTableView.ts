import { SCHEMES } from '../../classification/schemes';
import type { BenchmarkProvenance, BenchmarkTable } from '../../types';

export interface BenchmarkTableRowView {
  /** The row's key as text, unique within the table (for keyed lists). */
  id: string;
  /** One code per table dimension (src/i18n names them); '' where the row is a total over that dimension. */
  cells: string[];
  shares: Array<number | null>;
  denominator: number | null;
  /** The row's own provenance kind when it differs from the table's (e.g. a real CBS national row). */
  kind: BenchmarkProvenance['kind'];
}

/** A benchmark table as codes and numbers; src/i18n words its titles and names (wordBenchmarkTableView). */
export interface BenchmarkTableView {
  title: { nl: string; en: string };
  /** The table's dimension ids, in the table's order. */
  dimensions: string[];
  /** The scheme's categories with their names in both languages (data, as the scheme defines them). */
  categories: Array<{ id: string; nl: string; en: string }>;
  /** Sector codes to narrow a large table by; empty when the table needs no filter. */
  sectors: string[];
  rows: BenchmarkTableRowView[];
  provenance: BenchmarkProvenance;
}

/**
 * The rows of a benchmark table as the browser shows them. A table with sector and another
 * dimension is long (22 × 36 cells), so it is narrowed: with `sector` '' the totals and the
 * one-dimension rows, else that sector's rows and the national total.
 */
export function benchmarkTableView(table: BenchmarkTable, sector = ''): BenchmarkTableView {
  const narrow = table.dimensions.includes('sector') && table.dimensions.length > 1;
  const keep = (key: Record<string, string>) => {
    if (!narrow) return true;
    if (Object.keys(key).length === 0) return true;
    return sector ? key.sector === sector : Object.keys(key).length === 1;
  };
  const categories = SCHEMES[table.scheme].map((c) => ({ id: c.id, nl: c.nl, en: c.en }));
  return {
    title: table.title,
    dimensions: [...table.dimensions],
    categories,
    sectors: narrow ? [...new Set(table.rows.flatMap((r) => (r.key.sector ? [r.key.sector] : [])))] : [],
    rows: table.rows.filter((r) => keep(r.key)).map((r) => ({
      id: table.dimensions.map((d) => r.key[d] ?? '').join('|'),
      cells: table.dimensions.map((d) => r.key[d] ?? ''),
      shares: categories.map((c) => r.shares[c.id] ?? null),
      denominator: r.denominator ?? null,
      kind: (r.provenance ?? table.provenance).kind,
    })),
    provenance: table.provenance,
  };
}
