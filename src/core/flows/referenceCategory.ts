import { SCHEMES } from '../classification/schemes';
import type { SchemeId } from '../types';

/**
 * The group flows are compared with: Nederland (herkomst) or Nederlandse achtergrond
 * (migratieachtergrond), the first category of each scheme's canonical order (DOMAIN.md §2).
 */
export function referenceCategory(scheme: SchemeId): string {
  return SCHEMES[scheme][0]!.id;
}
