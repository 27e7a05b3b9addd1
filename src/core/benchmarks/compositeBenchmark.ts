import type { BenchmarkProvenance, BenchmarkTable, Issue } from '../types';
import { benchmarkIssue } from './benchmarkIssue';
import { lookupBenchmark, type BenchmarkDimension, type BenchmarkMatch, type BenchmarkRefusal, type BenchmarkRequest } from './lookupBenchmark';

/** One location or sector of the organisation with its headcount; its codes override the base request. */
export type CompositePart = Partial<Record<BenchmarkDimension, string>> & { headcount: number };

export interface CompositeComponent {
  part: CompositePart;
  /** headcount ÷ total headcount of the parts used. */
  weight: number;
  /** The cell used for this part, with its own fallback and provenance. */
  match: BenchmarkMatch;
}

export interface CompositeBenchmark {
  ok: true;
  /** Σ weight × cell share per category. */
  shares: Record<string, number>;
  totalHeadcount: number;
  components: CompositeComponent[];
  /** Every provenance kind among the cells: a mix that includes illustrative cells is illustrative. */
  provenanceKinds: Array<BenchmarkProvenance['kind']>;
  /** The parts' fallback notes, each with the part's number (1-based) as its row. */
  notes: Issue[];
}

export type CompositeResult = CompositeBenchmark | BenchmarkRefusal | { ok: false; code: 'invalid-parts'; issues: Issue[] };

/**
 * The headcount-weighted mix of the benchmark cells of several locations or sectors (DOMAIN.md §1:
 * the CBS dashboard offers no such mix). Parts with headcount 0 are left out; a negative or
 * non-numeric headcount is an error; a part whose scheme has no table refuses the whole mix.
 */
export function compositeBenchmark(tables: readonly BenchmarkTable[], base: BenchmarkRequest, parts: readonly CompositePart[]): CompositeResult {
  const issues: Issue[] = [];
  parts.forEach((p, i) => {
    if (!Number.isFinite(p.headcount) || p.headcount < 0) issues.push(benchmarkIssue('composite-bad-headcount', { row: i + 1, value: String(p.headcount) }, { row: i + 1, column: 'headcount' }));
  });
  if (issues.length > 0) return { ok: false, code: 'invalid-parts', issues };
  const used = parts.map((part, i) => ({ part, i })).filter(({ part }) => part.headcount > 0);
  const totalHeadcount = used.reduce((s, { part }) => s + part.headcount, 0);
  if (used.length === 0) return { ok: false, code: 'invalid-parts', issues: [benchmarkIssue('composite-empty')] };

  const components: CompositeComponent[] = [];
  const notes: Issue[] = [];
  for (const { part, i } of used) {
    const { headcount, ...codes } = part;
    const match = lookupBenchmark(tables, { ...base, ...codes });
    if (!match.ok) return match;
    components.push({ part, weight: headcount / totalHeadcount, match });
    for (const note of match.notes) notes.push({ ...note, row: i + 1 });
  }
  const shares: Record<string, number> = {};
  for (const { weight, match } of components) {
    for (const [category, share] of Object.entries(match.shares)) shares[category] = (shares[category] ?? 0) + weight * share;
  }
  const provenanceKinds = [...new Set(components.map((c) => c.match.provenance.kind))];
  return { ok: true, shares, totalHeadcount, components, provenanceKinds, notes };
}
