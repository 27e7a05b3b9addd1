/** Excel's limit on a worksheet name. */
const MAX_SHEET_NAME = 31;

/**
 * A worksheet name Excel accepts: none of []:*?/\, no apostrophe at either end, at most 31
 * characters, not the reserved 'History', never empty (then `fallback`).
 */
export function sanitiseSheetName(name: string, fallback: string): string {
  const cleaned = Array.from(
    name
      .replace(/[\p{Cc}\p{Cf}]/gu, '')
      .replace(/[[\]:*?/\\]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, MAX_SHEET_NAME)
    .join('')
    .replace(/^['\s]+|['\s]+$/g, '');
  if (cleaned === '' || cleaned.toLowerCase() === 'history') return fallback;
  return cleaned;
}
