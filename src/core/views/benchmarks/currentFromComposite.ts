import type { CompositeBenchmark, CompositePart } from '../../benchmarks';
import type { BenchmarkProvenance } from '../../types';
import type { CurrentBenchmark } from './currentBenchmark';
import { fallbackNotes } from './fallbackNotes';

/**
 * The kind of a mix: one illustrative cell makes the whole mix illustrative, so an illustrative
 * number is never presented as real; otherwise imported before CBS, since imports are the user's.
 */
function mixedKind(kinds: ReadonlyArray<BenchmarkProvenance['kind']>): BenchmarkProvenance['kind'] {
  if (kinds.includes('illustrative')) return 'illustrative';
  if (kinds.includes('imported')) return 'imported';
  return 'cbs';
}

/**
 * A composite benchmark as the overview shows it: mixed provenance, and every part with its weight
 * and cell. `parts` (the array given to compositeBenchmark) numbers the parts as the user entered them.
 */
export function currentFromComposite(result: CompositeBenchmark, parts: readonly CompositePart[] = []): CurrentBenchmark {
  const numberOf = (part: CompositePart, i: number) => (parts.includes(part) ? parts.indexOf(part) + 1 : i + 1);
  const sources = [...new Set(result.components.map((c) => c.match.provenance.source))];
  const years = [...new Set(result.components.map((c) => c.match.year.used))].sort((a, b) => a - b).join(', ');
  const notes = result.components.flatMap((c, i) => fallbackNotes(c.match).map((n) => ({ ...n, params: { ...n.params, part: numberOf(c.part, i) } })));
  const kind = mixedKind(result.provenanceKinds);
  const populations = new Set(result.components.map((c) => c.match.table.population));
  const population = populations.size > 1 ? 'mixed' : (result.components[0]?.match.table.population ?? 'jobs');
  return {
    shares: result.shares,
    provenance: { kind, source: sources.join('; ') },
    counts: { kind, population },
    composite: { parts: result.components.length, headcount: result.totalHeadcount, years },
    ...(notes.length > 0 ? { notes } : {}),
    components: result.components.map(({ part, weight, match }, i) => {
      const { headcount, ...codes } = part;
      return {
        number: numberOf(part, i),
        asked: codes as Record<string, string>,
        headcount,
        weight,
        cell: { key: match.used, year: match.year.used },
        kind: match.provenance.kind,
        shares: match.shares,
      };
    }),
  };
}
