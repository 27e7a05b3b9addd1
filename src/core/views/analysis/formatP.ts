import { formatNumber } from '../../format/formatNumber';
import type { Locale } from '../../types';

/** A p-value as reports print it: 'p = 0,135' with three decimals, and 'p < 0,001' below that (never 'p = 0,000'). */
export function formatP(p: number, locale: Locale): string {
  if (p < 0.001) return `p < ${formatNumber(0.001, locale, { digits: 3 })}`;
  return `p = ${formatNumber(p, locale, { digits: 3 })}`;
}
