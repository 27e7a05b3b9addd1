import type { ImportBenchmarkResult } from '../../benchmarks';
import type { Issue } from '../../types';

export interface ImportedTableSummary {
  id: string;
  title: { nl: string; en: string };
  year: number;
  scheme: string;
  population: 'jobs' | 'persons';
  /** The table's dimension ids (src/i18n names them); [] for a table of the whole country. */
  dimensions: string[];
  rows: number;
  source: string;
}

export interface ImportReport {
  ok: boolean;
  tables: ImportedTableSummary[];
  /** What the mapping step could not match (skipped values, incomplete cells, ignored topics). */
  unmatched: Issue[];
  /** Everything else: refusals and other warnings. */
  other: Issue[];
  /** A trend of the share not of Dutch origin (a file with only Totaal and Nederland), when that is what was found. */
  trend: { title: { nl: string; en: string }; years: string; regions: number; population: 'jobs' | 'persons'; source: string } | null;
}

const UNMATCHED = new Set(['unmatched-codes', 'incomplete-cells', 'ignored-topics']);

/** What an import found, for the user to check before saving: the tables, and what was left out. */
export function importReport(result: ImportBenchmarkResult): ImportReport {
  const tables = result.ok
    ? result.tables.map((t) => ({
        id: t.id,
        title: t.title,
        year: t.year,
        scheme: t.scheme,
        population: t.population,
        dimensions: [...t.dimensions],
        rows: t.rows.length,
        source: t.provenance.source,
      }))
    : [];
  return {
    ok: result.ok,
    tables,
    unmatched: result.issues.filter((i) => UNMATCHED.has(i.code)),
    other: result.issues.filter((i) => !UNMATCHED.has(i.code)),
    trend: result.ok && result.trend
      ? {
          title: result.trend.title,
          years: `${result.trend.years[0]}–${result.trend.years[result.trend.years.length - 1]}`,
          regions: Object.keys(result.trend.regions).length,
          population: result.trend.population,
          source: result.trend.provenance.source,
        }
      : null,
  };
}

