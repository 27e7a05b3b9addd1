import type { BenchmarkProvenance, BenchmarkRow, BenchmarkTable, Issue, SchemeId } from '../types';
import { benchmarkIssue } from './benchmarkIssue';
import { rowKeyString } from './rowKeyString';
import { prepareTables, type PreparedScheme } from './prepareTables';
import { tableIndex } from './tableIndex';

/** The benchmark dimensions in the order they are given up when a cell is missing: sector last. */
export const BENCHMARK_DIMENSIONS = ['region', 'sizeClass', 'wageClass', 'ageBand', 'sector'] as const;
export type BenchmarkDimension = (typeof BENCHMARK_DIMENSIONS)[number];

/** What the organisation profile asks of the benchmark. Empty strings mean "not given". */
export type BenchmarkRequest = {
  scheme: SchemeId;
  year: number;
  /** Restrict to tables counting this unit; otherwise jobs tables win ties. */
  population?: 'jobs' | 'persons';
} & Partial<Record<BenchmarkDimension, string>>;

export interface BenchmarkMatch {
  ok: true;
  table: BenchmarkTable;
  row: BenchmarkRow;
  shares: Record<string, number>;
  /** The row's own provenance, else the table's. */
  provenance: BenchmarkProvenance;
  /** The dimensions asked for, and the key of the cell actually used. */
  requested: Record<string, string>;
  used: Record<string, string>;
  /** Requested dimensions the chosen cell does not have. */
  dropped: string[];
  /** 'exact': every requested dimension matched; 'partial': some dropped; 'national': none matched. */
  fallback: 'exact' | 'partial' | 'national';
  year: { requested: number; used: number };
  /** Warnings that say which fallback (cell, year) was used, ready to show. */
  notes: Issue[];
}

export interface BenchmarkRefusal {
  ok: false;
  /** 'scheme-unavailable': tables exist, but none in this scheme; never a number from another scheme. */
  code: 'scheme-unavailable' | 'no-benchmark-tables';
  issues: Issue[];
}

export type BenchmarkLookup = BenchmarkMatch | BenchmarkRefusal;

/** Bounds the per-table-list memo of answers; beyond it the memo starts afresh. */
const MAX_ANSWERS = 20_000;

function requestedKey(request: BenchmarkRequest): Record<string, string> {
  const key: Record<string, string> = {};
  for (const dim of BENCHMARK_DIMENSIONS) {
    const code = request[dim];
    if (code) key[dim] = code;
  }
  return key;
}

/** The most specific row of `table` for `wanted`, giving up dimensions in BENCHMARK_DIMENSIONS order. */
function bestRow(table: BenchmarkTable, wanted: Record<string, string>): BenchmarkRow | undefined {
  const index = tableIndex(table);
  const key: Record<string, string> = {};
  for (const dim of table.dimensions) if (wanted[dim] !== undefined) key[dim] = wanted[dim];
  const first = index.get(rowKeyString(key));
  if (first) return first;
  for (const dim of BENCHMARK_DIMENSIONS) {
    if (key[dim] === undefined) continue;
    delete key[dim];
    const row = index.get(rowKeyString(key));
    if (row) return row;
  }
  return undefined;
}


/**
 * Picks the benchmark for one request: tables of the request's scheme only; the cell matching most
 * requested dimensions (fallback region × sector → sector → national, said so); between equally
 * specific cells real figures (CBS or imported) before modelled ones, then the nearest year (said
 * so when not the one asked), then jobs over persons and fewer dimensions. Answers are shared between
 * equal requests on the same table list: treat them as read-only.
 */
export function lookupBenchmark(tables: readonly BenchmarkTable[], request: BenchmarkRequest): BenchmarkLookup {
  if (tables.length === 0) return { ok: false, code: 'no-benchmark-tables', issues: [benchmarkIssue('no-benchmark-tables')] };
  const prepared = prepareTables(tables, request.scheme, request.population);
  if (prepared.years.length === 0) {
    return { ok: false, code: 'scheme-unavailable', issues: [benchmarkIssue('scheme-unavailable', { scheme: request.scheme })] };
  }
  const wanted = requestedKey(request);
  const signature = `${request.year}|${rowKeyString(wanted)}`;
  const known = prepared.answers.get(signature);
  if (known) return known;
  const answer = answerRequest(prepared, request, wanted);
  if (prepared.answers.size >= MAX_ANSWERS) prepared.answers.clear();
  if (answer.ok) prepared.answers.set(signature, answer);
  return answer;
}

/** Years by distance from `year`, the later first on a tie. */
function yearsByDistance(years: number[], year: number): number[] {
  return [...years].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a);
}

const isReal = (table: BenchmarkTable, row: BenchmarkRow) => (row.provenance ?? table.provenance).kind !== 'illustrative';

interface Candidate { table: BenchmarkTable; row: BenchmarkRow; score: number; real: boolean; year: number }

/** Compares candidates: a real cell matching something asked, then more dimensions matched, then real. */
function rank(c: Candidate): number[] {
  return [c.real && c.score > 0 ? 1 : 0, c.score, c.real ? 1 : 0];
}

function beats(a: Candidate, b: Candidate): boolean {
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) > (rb[i] ?? 0);
  // Equal so far: jobs over persons within one year (the barometer counts jobs); else the earlier stays.
  return a.year === b.year && a.table.population === 'jobs' && b.table.population !== 'jobs';
}

/**
 * The uncached look-up. A real cell (CBS or imported) that matches anything asked wins over every
 * modelled cell, so a province, municipality or region is compared with CBS's real figure even when
 * a modelled sector × size cell matches more (the dimensions given up are said). Then the cell
 * matching most requested dimensions, then real over modelled, then the nearest year (the later on
 * a tie), then jobs over persons, then the table order of preference.
 */
function answerRequest(prepared: PreparedScheme, request: BenchmarkRequest, wanted: Record<string, string>): BenchmarkLookup {
  const wantedCount = Object.keys(wanted).length;
  let best: Candidate | undefined;
  search: for (const year of yearsByDistance(prepared.years, request.year)) {
    for (const table of prepared.byYear.get(year) ?? []) {
      const row = bestRow(table, wanted);
      if (!row) continue;
      const candidate: Candidate = { table, row, score: Object.keys(row.key).length, real: isReal(table, row), year };
      if (!best || beats(candidate, best)) best = candidate;
      if (candidate.score === wantedCount && candidate.real && table.population === 'jobs') break search;
    }
  }
  if (!best) return { ok: false, code: 'no-benchmark-tables', issues: [benchmarkIssue('no-benchmark-tables')] };
  const year = best.year;

  const { table, row } = best;
  const dropped = Object.keys(wanted).filter((d) => row.key[d] !== wanted[d]);
  const notes: Issue[] = [];
  if (year !== request.year) notes.push(benchmarkIssue('nearest-year', { requested: request.year, used: year }, { severity: 'warning' }));
  if (dropped.length > 0) notes.push(benchmarkIssue('cell-fallback', {}, { severity: 'warning' }));
  const matched = Object.keys(row.key).length;
  return {
    ok: true, table, row, shares: row.shares, provenance: row.provenance ?? table.provenance,
    requested: wanted, used: row.key, dropped,
    fallback: dropped.length === 0 ? 'exact' : matched === 0 ? 'national' : 'partial',
    year: { requested: request.year, used: year }, notes,
  };
}

