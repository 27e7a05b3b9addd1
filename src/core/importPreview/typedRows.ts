import type { Locale, SchemeId } from '../types';
import { SCHEMES } from '../classification/schemes';

/** One group as typed into the hand-entry form: its name and a count per main category id. */
export interface TypedGroup {
  name: string;
  counts: Record<string, string>;
}

const GROUP_HEADER: Record<Locale, string> = { nl: 'Groep', en: 'Group' };

/**
 * The typed figures as a wide table (header: group, then the scheme's three categories in
 * the user's language), ready for the same import pipeline as a file. Rows left wholly
 * blank are dropped; everything else goes through as typed, so the importer reports it.
 */
export function typedRows(scheme: SchemeId, groups: TypedGroup[], locale: Locale): string[][] {
  const categories = SCHEMES[scheme];
  const rows = groups
    .map((g) => [g.name.trim(), ...categories.map((c) => (g.counts[c.id] ?? '').trim())])
    .filter((cells) => cells.some((c) => c !== ''));
  return [[GROUP_HEADER[locale], ...categories.map((c) => c[locale])], ...rows];
}
