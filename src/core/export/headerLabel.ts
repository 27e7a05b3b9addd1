import type { Locale } from '../types';
import type { ExportColumn } from './types';

/** Unit added to a header so the file says what its numbers mean; '' = none needed. */
const UNITS: Record<Locale, Record<ExportColumn['kind'], string>> = {
  nl: { text: '', count: '', share: ' (%)', pp: ' (procentpunt)', index: ' (index, 1 = gelijk aan benchmark)' },
  en: { text: '', count: '', share: ' (%)', pp: ' (percentage points)', index: ' (index, 1 = equal to benchmark)' },
};

/** The header of a column in an export: its label plus its unit, e.g. 'Aandeel Europa (%)'. */
export function headerLabel(column: ExportColumn, locale: Locale): string {
  return `${column.label}${UNITS[locale][column.kind]}`;
}
