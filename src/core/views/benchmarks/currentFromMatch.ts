import type { BenchmarkMatch } from '../../benchmarks';
import type { Issue, Locale } from '../../types';
import type { CurrentBenchmark } from './currentBenchmark';
import { describeBenchmarkCell } from './describeBenchmarkCell';
import { fallbackNotes } from './fallbackNotes';

/** A single look-up as the overview shows it: the cell used in words, its year, its fallback notes. */
export function currentFromMatch(match: BenchmarkMatch, locale: Locale, extraNotes: Issue[] = []): CurrentBenchmark {
  const note = [...fallbackNotes(match, locale), ...extraNotes.map((n) => n.message)].join(' ');
  return {
    shares: match.shares,
    provenance: match.provenance,
    label: `${describeBenchmarkCell(match.used, locale)} (${match.year.used})`,
    ...(note ? { note } : {}),
  };
}
