import type { Locale } from '../types';
import { formatSuppressed } from './formatSuppressed';
import { numberFormat } from './numberLocales';
import { roundHalfAway } from './roundHalfAway';

export interface NumberFormatOptions {
  /** Fixed number of decimals (default 0). */
  digits?: number;
  /** Thousands separators (nl 1.234, en 1,234; default true). */
  grouping?: boolean;
  /** Show '+' before positive values, as differences do; zero never gets a sign (default false). */
  signed?: boolean;
}

/**
 * Formats a number for display in the given language; null (suppressed) becomes '.'.
 * Rounds half away from zero on the printed value (see roundHalfAway), then lets d3-format write
 * separators and the minus sign U+2212. A value that rounds to zero shows no sign: −0,04 -> '0,0'.
 */
export function formatNumber(value: number | null, locale: Locale, options: NumberFormatOptions = {}): string {
  if (value === null) return formatSuppressed();
  const { digits = 0, grouping = true, signed = false } = options;
  const rounded = roundHalfAway(value, digits);
  const sign = signed && rounded !== 0 ? '+' : '-';
  return numberFormat(locale, `${sign}${grouping ? ',' : ''}.${digits}f`)(rounded);
}
