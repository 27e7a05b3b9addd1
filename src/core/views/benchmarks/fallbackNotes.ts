import type { BenchmarkMatch } from '../../benchmarks';
import type { Issue } from '../../types';
import type { BenchmarkCellKey } from './benchmarkCell';

/**
 * A note on a benchmark: a look-up or composite issue. A cell fallback also carries its cells as
 * codes, what the profile asked for and what was used, which src/i18n names (wordBenchmarkNote).
 */
export interface BenchmarkNote extends Issue {
  cells?: { requested: BenchmarkCellKey; used: BenchmarkCellKey };
}

/** The fallback notes of a look-up: the cell fallback gets the match's cells; other notes (nearest year) stay as they are. */
export function fallbackNotes(match: BenchmarkMatch): BenchmarkNote[] {
  return match.notes.map((note) => (note.code === 'cell-fallback' ? { ...note, cells: { requested: match.requested, used: match.used } } : note));
}
