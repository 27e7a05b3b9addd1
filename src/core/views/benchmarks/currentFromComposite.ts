import type { CompositeBenchmark } from '../../benchmarks';
import type { BenchmarkProvenance, Locale } from '../../types';
import type { CurrentBenchmark } from './currentBenchmark';
import { describeBenchmarkCell } from './describeBenchmarkCell';

const LABEL: Record<Locale, (parts: number, headcount: number, years: string) => string> = {
  nl: (parts, headcount, years) => `samengestelde benchmark van ${parts} onderdelen, ${headcount} medewerkers (${years})`,
  en: (parts, headcount, years) => `composite benchmark of ${parts} parts, ${headcount} employees (${years})`,
};

/**
 * The kind of a mix: one illustrative cell makes the whole mix illustrative, so an illustrative
 * number is never presented as real; otherwise imported before CBS, since imports are the user's.
 */
function mixedKind(kinds: ReadonlyArray<BenchmarkProvenance['kind']>): BenchmarkProvenance['kind'] {
  if (kinds.includes('illustrative')) return 'illustrative';
  if (kinds.includes('imported')) return 'imported';
  return 'cbs';
}

/** A composite benchmark as the overview shows it: mixed provenance, and every part with its weight and cell. */
export function currentFromComposite(result: CompositeBenchmark, locale: Locale): CurrentBenchmark {
  const sources = [...new Set(result.components.map((c) => c.match.provenance.source))];
  const years = [...new Set(result.components.map((c) => c.match.year.used))].sort((a, b) => a - b).join(', ');
  const note = result.notes.map((n) => n.message).join(' ');
  return {
    shares: result.shares,
    provenance: { kind: mixedKind(result.provenanceKinds), source: sources.join('; ') },
    label: LABEL[locale](result.components.length, result.totalHeadcount, years),
    ...(note ? { note } : {}),
    components: result.components.map(({ part, weight, match }) => {
      const { headcount, ...codes } = part;
      return {
        asked: describeBenchmarkCell(codes as Record<string, string>, locale),
        headcount,
        weight,
        cell: `${describeBenchmarkCell(match.used, locale)} (${match.year.used})`,
        kind: match.provenance.kind,
        shares: match.shares,
      };
    }),
  };
}
