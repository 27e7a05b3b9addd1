import type { BenchmarkTable, Issue } from '../../types';
import { benchmarkFileIssue } from '../benchmarkFileIssue';
import type { CbsExtract } from './cbsExtract';
import { mapCbsExtract } from './mapCbsExtract';
import type { ImportedOriginTrend } from './notDutchTrend';
import { looksLikeTemplate, parseBenchmarkTemplate } from './parseBenchmarkTemplate';
import { parseOdataV3, parseOdataV4 } from './parseCbsOdata';
import { parseStatlineCsv } from './parseStatlineCsv';
import { parseCbsEndpoint } from './parseCbsEndpoint';
import { looksLikeFeedCsv, parseCbsFeedCsv } from './parseCbsFeedCsv';

export type ImportBenchmarkResult =
  | { ok: true; tables: BenchmarkTable[]; format: CbsExtract['format']; issues: Issue[]; trend?: ImportedOriginTrend }
  | { ok: false; issues: Issue[] };

export interface ImportBenchmarkOptions {
  /** Year for a template without a jaar column. */
  year?: number;
  /** Shown in the provenance. */
  fileName?: string;
  /** The unit counted, when the file does not say (the template). */
  population?: 'jobs' | 'persons';
}

function decode(input: string | Uint8Array): string {
  return typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
}

/** Which reader fits: JSON with Observations (OData v4) or TypedDataSet (v3), the template, or StatLine CSV. */
function readExtract(text: string, fileName?: string): CbsExtract | Issue {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try { json = JSON.parse(trimmed); } catch { return benchmarkFileIssue('unknown-format', {}); }
    if (typeof json === 'object' && json !== null && 'Observations' in json) return parseOdataV4(json as Record<string, unknown>);
    if (typeof json === 'object' && json !== null && 'TypedDataSet' in json) return parseOdataV3(json as Record<string, unknown>);
    if (typeof json === 'object' && json !== null && ('odata.metadata' in json || '@odata.context' in json)) return parseCbsEndpoint(json as Record<string, unknown>);
    return benchmarkFileIssue('unknown-format', {});
  }
  if (looksLikeTemplate(trimmed)) return parseBenchmarkTemplate(trimmed);
  if (looksLikeFeedCsv(trimmed)) return parseCbsFeedCsv(trimmed, fileName);
  return parseStatlineCsv(trimmed);
}

/**
 * Imports a benchmark file the user downloaded: a StatLine CSV, a CBS OData v3/v4 JSON bundle or the
 * generic template. Returns imported tables (provenance kind 'imported') or every problem found; a
 * herkomst file with only Totaal and Nederland (86008NED) gives a trend of the share not of Dutch origin instead.
 */
export function importBenchmarkFile(input: string | Uint8Array, options: ImportBenchmarkOptions = {}): ImportBenchmarkResult {
  const extract = readExtract(decode(input), options.fileName);
  if ('severity' in extract) return { ok: false, issues: [extract] };
  if (extract.cells.length === 0 && extract.issues.length === 0) return { ok: false, issues: [benchmarkFileIssue('no-data', {})] };
  const { tables, issues, trend } = mapCbsExtract(extract, options);
  if (trend) return { ok: true, tables, format: extract.format, issues, trend };
  if (tables.length === 0) return { ok: false, issues };
  return { ok: true, tables, format: extract.format, issues };
}
