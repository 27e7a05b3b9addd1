import type { BenchmarkManifestEntry } from '../../benchmarks';
import type { BenchmarkProvenance, BenchmarkTable, SchemeId } from '../../types';

export interface CatalogueEntry {
  /** Table id; imported tables are prefixed so that they never collide with bundled ones. */
  value: string;
  /** The table's title in both languages; src/i18n adds where it comes from. */
  title: { nl: string; en: string };
  kind: BenchmarkProvenance['kind'];
  source: 'imported' | 'bundled';
  scheme: SchemeId;
  year: number;
}

/**
 * The tables the browser offers: the user's imports first (they are preferred in look-ups), then
 * the bundled tables by scheme, newest year first, within a year in manifest order (the sector
 * table first).
 */
export function benchmarkCatalogue(manifest: readonly BenchmarkManifestEntry[], imported: readonly BenchmarkTable[]): CatalogueEntry[] {
  const own = imported.map((t): CatalogueEntry => ({
    value: `imported:${t.id}`, title: t.title, kind: t.provenance.kind, source: 'imported', scheme: t.scheme, year: t.year,
  }));
  const bundled = manifest
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.scheme.localeCompare(b.e.scheme) || b.e.year - a.e.year || a.i - b.i)
    .map(({ e }) => e)
    .map((e): CatalogueEntry => ({
      value: `bundled:${e.id}`, title: e.title, kind: e.provenanceKind, source: 'bundled', scheme: e.scheme, year: e.year,
    }));
  return [...own, ...bundled];
}
