import type { BenchmarkMatch } from '../../benchmarks';
import type { Issue, Locale } from '../../types';
import type { CurrentBenchmark } from './currentBenchmark';
import { describeBenchmarkCell } from './describeBenchmarkCell';
import { fallbackNotes } from './fallbackNotes';

/** A single look-up as the overview shows it: the cell used in words, its year, its fallback notes. */
export function currentFromMatch(match: BenchmarkMatch, locale: Locale, extraNotes: Issue[] = []): CurrentBenchmark {
  const notes = [...fallbackNotes(match, locale), ...extraNotes];
  return {
    shares: match.shares,
    provenance: match.provenance,
    label: `${describeBenchmarkCell(match.used, locale)} (${match.year.used})`,
    counts: { kind: match.provenance.kind, population: match.table.population },
    // A herkomst cell of the whole country or of one region has CBS's trend of that region beside it.
    ...(match.table.scheme === 'herkomst' && Object.keys(match.used).every((d) => d === 'region') ? { trendRegion: match.used.region ?? '' } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}
