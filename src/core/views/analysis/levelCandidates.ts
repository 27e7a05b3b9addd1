import type { Group } from '../../types';

/**
 * Dimension names (id or header, Dutch or English) that hold a place, not a level: a pipeline of
 * "Den Haag → Utrecht" means nothing, so these are never offered as levels.
 */
const LOCATION_HINTS = /vestiging|locatie|location|plaats|stad|gemeente|provincie|regio|region|site|kantoor|office|city|country/i;
/** Names that usually hold an ordered level (salary scale, job level), Dutch or English. */
const LEVEL_HINTS = /schaal|scale|niveau|level|functie|grade|trede|rang/i;

/**
 * The dimensions a pipeline may use as its levels: every candidate except places, those whose
 * name suggests a level first (the first one is the default). `labels` are the headers as
 * written in the file, checked besides the ids.
 */
export function levelCandidates(candidates: readonly string[], labels: Record<string, string> = {}): string[] {
  const names = (d: string) => `${d} ${labels[d] ?? ''}`;
  const allowed = candidates.filter((d) => !LOCATION_HINTS.test(names(d)) || LEVEL_HINTS.test(names(d)));
  return [...allowed.filter((d) => LEVEL_HINTS.test(names(d))), ...allowed.filter((d) => !LEVEL_HINTS.test(names(d)))];
}

/**
 * The values of one dimension in the order the data first lists them. Files list levels from low
 * to high or high to low far more often than alphabetically, so this order, not A–Z, is the
 * default level order ("Uitvoerend, Middenkader, Management", never "Management … Uitvoerend").
 */
export function levelsInDataOrder(groups: readonly Group[], dimension: string): string[] {
  const seen = new Set<string>();
  for (const g of groups) {
    const v = g.key[dimension];
    if (v !== undefined) seen.add(v);
  }
  return [...seen];
}
