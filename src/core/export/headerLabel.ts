import type { ExportColumn, ExportUnits } from './types';

/**
 * The header of a column in an export: its label plus its unit, e.g. 'Aandeel Europa (%)' or
 * 'Verschil (procentpunt)'. '%' is the same in every language; unit words come worded by the
 * caller (src/i18n) in `units`, so core words nothing.
 */
export function headerLabel(column: ExportColumn, units: ExportUnits = {}): string {
  const unit = column.kind === 'share' ? '%' : column.kind === 'pp' || column.kind === 'index' ? units[column.kind] : undefined;
  return unit ? `${column.label} (${unit})` : column.label;
}
