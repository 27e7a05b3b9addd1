import type { BenchmarkMatch } from '../../benchmarks';
import type { Issue } from '../../types';
import type { CurrentBenchmark } from './currentBenchmark';
import { fallbackNotes } from './fallbackNotes';

/** A single look-up as the overview shows it: the cell used and its year (src/i18n words them), its fallback notes. */
export function currentFromMatch(match: BenchmarkMatch, extraNotes: Issue[] = []): CurrentBenchmark {
  const notes = [...fallbackNotes(match), ...extraNotes];
  return {
    shares: match.shares,
    provenance: match.provenance,
    cell: { key: match.used, year: match.year.used },
    counts: { kind: match.provenance.kind, population: match.table.population },
    // A herkomst cell of the whole country or of one region has CBS's trend of that region beside it.
    ...(match.table.scheme === 'herkomst' && Object.keys(match.used).every((d) => d === 'region') ? { trendRegion: match.used.region ?? '' } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}
