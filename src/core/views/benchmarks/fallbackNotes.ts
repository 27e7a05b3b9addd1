import type { BenchmarkMatch } from '../../benchmarks';
import type { Issue, Locale } from '../../types';
import { describeBenchmarkCell } from './describeBenchmarkCell';

/**
 * The fallback notes of a look-up, ready to word: the cell fallback gets the cells' names as the
 * profile gives them ("sector I Horeca, regio Groot Amsterdam"), reference labels in `locale`;
 * other notes (nearest year) keep the look-up's own params.
 */
export function fallbackNotes(match: BenchmarkMatch, locale: Locale): Issue[] {
  return match.notes.map((note) =>
    note.code === 'cell-fallback'
      ? { ...note, params: { ...note.params, requested: describeBenchmarkCell(match.requested, locale), used: describeBenchmarkCell(match.used, locale) } }
      : note,
  );
}
