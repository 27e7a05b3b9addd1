import type { SchemeId } from '../types';

/** A main origin category of a scheme, with its display labels. */
export interface Category {
  id: string;
  nl: string;
  en: string;
}

/** The three main categories of each scheme in their canonical order (DOMAIN.md §2). */
export const SCHEMES: Record<SchemeId, readonly Category[]> = {
  herkomst: [
    { id: 'nederland', nl: 'Nederland', en: 'Netherlands' },
    { id: 'europa', nl: 'Europa (excl. Nederland)', en: 'Europe (excl. the Netherlands)' },
    { id: 'buiten-europa', nl: 'Buiten Europa', en: 'Outside Europe' },
  ],
  migratieachtergrond: [
    { id: 'nederlands', nl: 'Nederlandse achtergrond', en: 'Dutch background' },
    { id: 'westers', nl: 'Westerse migratieachtergrond', en: 'Western migration background' },
    { id: 'niet-westers', nl: 'Niet-westerse migratieachtergrond', en: 'Non-Western migration background' },
  ],
};

/** The main category ids of a scheme, in canonical order. */
export function categoryIds(scheme: SchemeId): string[] {
  return SCHEMES[scheme].map((c) => c.id);
}
