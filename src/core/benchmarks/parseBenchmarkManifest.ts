import type { Issue, SchemeId } from '../types';
import { SCHEMES } from '../classification/schemes';
import { benchmarkFileIssue } from './benchmarkFileIssue';

/** One entry of public/benchmarks/manifest.json: what a table is and which file holds it. */
export interface BenchmarkManifestEntry {
  id: string;
  scheme: SchemeId;
  year: number;
  population: 'jobs' | 'persons';
  dimensions: string[];
  title: { nl: string; en: string };
  provenanceKind: 'cbs' | 'illustrative' | 'imported';
  /** File name relative to the manifest, fetched as `./benchmarks/<file>`. */
  file: string;
  bytes: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates the manifest; entries that are not well-formed are left out, each with an issue. */
export function parseBenchmarkManifest(input: unknown): { entries: BenchmarkManifestEntry[]; issues: Issue[] } {
  const issues: Issue[] = [];
  if (!Array.isArray(input)) return { entries: [], issues: [benchmarkFileIssue('not-an-object', { what: 'manifest' })] };
  const entries: BenchmarkManifestEntry[] = [];
  input.forEach((e, i) => {
    const ok = isObject(e) && typeof e.id === 'string' && typeof e.scheme === 'string' && e.scheme in SCHEMES
      && typeof e.year === 'number' && (e.population === 'jobs' || e.population === 'persons')
      && Array.isArray(e.dimensions) && e.dimensions.every((d) => typeof d === 'string')
      && isObject(e.title) && typeof e.title.nl === 'string' && typeof e.title.en === 'string'
      && typeof e.file === 'string' && /^[\w.-]+\.json$/.test(e.file) && typeof e.bytes === 'number'
      && (e.provenanceKind === 'cbs' || e.provenanceKind === 'illustrative' || e.provenanceKind === 'imported');
    if (ok) entries.push(e as unknown as BenchmarkManifestEntry);
    else issues.push(benchmarkFileIssue('not-an-object', { what: 'manifest-item', row: i + 1 }, { row: i + 1 }));
  });
  return { entries, issues };
}
