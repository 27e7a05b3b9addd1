import type { BenchmarkProvenance, BenchmarkRow, BenchmarkTable, Issue, IssueParams, SchemeId } from '../types';
import { SCHEMES, categoryIds } from '../classification/schemes';
import { benchmarkFileIssue, type BenchmarkFileIssueCode } from './benchmarkFileIssue';
import { rowKeyString } from './rowKeyString';

export type ParseBenchmarkResult = { ok: true; table: BenchmarkTable; issues: Issue[] } | { ok: false; issues: Issue[] };

/** Shares may be off by float rounding only; a table from rounded percentages is rescaled before this. */
const SUM_TOLERANCE = 1e-6;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function parseProvenance(value: unknown): BenchmarkProvenance | undefined {
  if (!isObject(value) || !isText(value.source)) return undefined;
  if (value.kind !== 'cbs' && value.kind !== 'illustrative' && value.kind !== 'imported') return undefined;
  const p: BenchmarkProvenance = { kind: value.kind, source: value.source };
  for (const field of ['tableId', 'url', 'method'] as const) if (isText(value[field])) p[field] = value[field];
  return p;
}

function parseRow(value: unknown, index: number, scheme: SchemeId, dimensions: string[], say: (code: BenchmarkFileIssueCode, p?: IssueParams, column?: string) => void): BenchmarkRow | undefined {
  const row = index + 1;
  const at = (code: BenchmarkFileIssueCode, p: IssueParams = {}, column?: string) => say(code, { ...p, row }, column);
  if (!isObject(value) || !isObject(value.key) || !isObject(value.shares)) {
    at('not-an-object', { what: 'row' });
    return undefined;
  }
  let valid = true;
  const key: Record<string, string> = {};
  for (const [dim, code] of Object.entries(value.key)) {
    if (!dimensions.includes(dim) || typeof code !== 'string') { at('key-not-a-dimension', { field: dim }, 'key'); valid = false; }
    else key[dim] = code;
  }
  const categories = categoryIds(scheme);
  const shares: Record<string, number> = {};
  for (const field of Object.keys(value.shares)) if (!categories.includes(field)) { at('unknown-category', { field, scheme }, 'shares'); valid = false; }
  for (const field of categories) {
    const share = value.shares[field];
    if (typeof share !== 'number') { at('missing-category', { field }, 'shares'); valid = false; continue; }
    if (!(share >= 0 && share <= 1)) { at('share-out-of-range', { field, value: share }, 'shares'); valid = false; }
    shares[field] = share;
  }
  const sum = Object.values(shares).reduce((a, b) => a + b, 0);
  if (valid && Math.abs(sum - 1) > SUM_TOLERANCE) { at('shares-not-summing', { value: sum }, 'shares'); valid = false; }
  const result: BenchmarkRow = { key, shares };
  if (value.denominator !== undefined) {
    if (typeof value.denominator !== 'number' || !(value.denominator >= 0) || !Number.isFinite(value.denominator)) { at('bad-denominator', { value: String(value.denominator) }, 'denominator'); valid = false; }
    else result.denominator = value.denominator;
  }
  if (value.provenance !== undefined) {
    const p = parseProvenance(value.provenance);
    if (!p) { at('missing-field', { field: 'provenance' }, 'provenance'); valid = false; }
    else result.provenance = p;
  }
  return valid ? result : undefined;
}

/**
 * Validates unknown JSON (a fetched bundled table or a stored import) into a BenchmarkTable.
 * Every problem is returned as an issue; `row` is the 1-based index in `rows`.
 */
export function parseBenchmarkTable(input: unknown): ParseBenchmarkResult {
  const issues: Issue[] = [];
  const say = (code: BenchmarkFileIssueCode, p: IssueParams = {}, column?: string) =>
    issues.push(benchmarkFileIssue(code, p, { row: typeof p.row === 'number' ? p.row : undefined, column }));
  if (!isObject(input)) {
    say('not-an-object', { what: 'table' });
    return { ok: false, issues };
  }
  const { id, scheme, year, population, dimensions, title } = input;
  if (!isText(id)) say('missing-field', { field: 'id' });
  if (typeof scheme !== 'string' || !(scheme in SCHEMES)) say('unknown-scheme', { value: String(scheme) }, 'scheme');
  if (typeof year !== 'number' || !Number.isInteger(year)) say('missing-field', { field: 'year' });
  if (population !== 'jobs' && population !== 'persons') say('missing-field', { field: 'population' });
  if (!Array.isArray(dimensions) || !dimensions.every(isText)) say('missing-field', { field: 'dimensions' });
  if (!isObject(title) || !isText(title.nl) || !isText(title.en)) say('missing-field', { field: 'title' });
  const provenance = parseProvenance(input.provenance);
  if (!provenance) say('missing-field', { field: 'provenance' });
  if (!Array.isArray(input.rows)) say('missing-field', { field: 'rows' });
  if (issues.length > 0) return { ok: false, issues };

  const dims = dimensions as string[];
  const rows: BenchmarkRow[] = [];
  const seen = new Set<string>();
  (input.rows as unknown[]).forEach((value, index) => {
    const row = parseRow(value, index, scheme as SchemeId, dims, say);
    if (!row) return;
    const k = rowKeyString(row.key);
    if (seen.has(k)) say('duplicate-key', { value: JSON.stringify(row.key), row: index + 1 });
    seen.add(k);
    rows.push(row);
  });
  if (issues.length > 0) return { ok: false, issues };
  const t = title as { nl: string; en: string };
  const table: BenchmarkTable = {
    id: id as string, scheme: scheme as SchemeId, year: year as number, population: population as 'jobs' | 'persons',
    dimensions: dims, title: { nl: t.nl, en: t.en }, provenance: provenance as BenchmarkProvenance, rows,
  };
  return { ok: true, table, issues };
}
