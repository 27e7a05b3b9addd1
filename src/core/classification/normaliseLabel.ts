/**
 * Reduces a label or header to a comparable form: lower case, no diacritics, punctuation and
 * hyphens as single spaces. 'Buiten-Europa', 'buiten europa' and 'Buiten Europa ' compare equal.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
