import { roundHalfAway, shiftDecimal } from '../format/roundHalfAway';
import { toPlainDecimal } from '../format/toPlainDecimal';
import { formatSuppressed } from '../format/formatSuppressed';
import { guardFormulaText } from './guardFormulaText';
import type { CsvDialect, ExportColumnKind, ExportValue } from './types';

/** Decimals in the Dutch-Excel CSV, the same as the screen shows: 12,5 / −3,2 / 0,85 / 31. */
const NL_EXCEL_DIGITS: Record<Exclude<ExportColumnKind, 'text'>, number> = { count: 0, share: 1, pp: 1, index: 2 };

/**
 * One CSV field before quoting. Numbers never pass the formula guard: they are written with an
 * ASCII '-' and no thousands separator, so Excel reads `-3,2` as the number −3,2. Shares are
 * percentages in both dialects (0.125 -> 12,5 / 12.5), so shares and percentage points share one
 * unit; 'machine' keeps every digit, 'nl-excel' rounds as the screen does.
 */
export function formatCsvCell(value: ExportValue | undefined, kind: ExportColumnKind, dialect: CsvDialect): string {
  if (value === undefined) return '';
  if (value === null) return formatSuppressed();
  if (typeof value === 'string') return guardFormulaText(value);
  const decimal = dialect === 'nl-excel' ? ',' : '.';
  if (kind === 'text') return toPlainDecimal(value).replace('.', decimal);
  const scaled = kind === 'share' ? shiftDecimal(value, 2) : value;
  if (dialect === 'machine') return toPlainDecimal(scaled);
  const digits = NL_EXCEL_DIGITS[kind];
  return roundHalfAway(scaled, digits).toFixed(digits).replace('.', decimal);
}
