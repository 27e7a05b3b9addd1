import type { Locale, SchemeId } from '../types';
import { SCHEMES } from '../classification/schemes';

/** One group as typed into the hand-entry form: its name and a count per main category id. */
export interface TypedGroup {
  name: string;
  counts: Record<string, string>;
}

/**
 * The typed figures as a wide table (header: `groupHeader`, worded by the caller as the form shows
 * it, then the scheme's three categories by their names in `locale`, which the importer
 * recognises), ready for the same import pipeline as a file. Rows left wholly blank are dropped;
 * everything else goes through as typed, so the importer reports it.
 */
export function typedRows(scheme: SchemeId, groups: TypedGroup[], groupHeader: string, locale: Locale): string[][] {
  const categories = SCHEMES[scheme];
  const rows = groups
    .map((g) => [g.name.trim(), ...categories.map((c) => (g.counts[c.id] ?? '').trim())])
    .filter((cells) => cells.some((c) => c !== ''));
  return [[groupHeader, ...categories.map((c) => c[locale])], ...rows];
}
