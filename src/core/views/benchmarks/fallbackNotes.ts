import type { BenchmarkMatch } from '../../benchmarks';
import type { Locale } from '../../types';
import { describeBenchmarkCell } from './describeBenchmarkCell';

const CELL: Record<Locale, (requested: string, used: string) => string> = {
  nl: (requested, used) => `Geen benchmarkcel voor ${requested}; gebruikt is ${used}.`,
  en: (requested, used) => `No benchmark cell for ${requested}; ${used} is used instead.`,
};

/**
 * The fallback notes of a look-up in words: the cell fallback names the cells as the profile
 * does ("sector I Horeca, regio Groot Amsterdam") instead of by dimension codes; other notes
 * (nearest year) keep the look-up's own message.
 */
export function fallbackNotes(match: BenchmarkMatch, locale: Locale): string[] {
  return match.notes.map((note) =>
    note.code === 'cell-fallback' ? CELL[locale](describeBenchmarkCell(match.requested, locale), describeBenchmarkCell(match.used, locale)) : (note.message ?? note.code),
  );
}
