import { formatNumber } from '../../format/formatNumber';
import type { Locale } from '../../types';

/** A p-value as reports print it: three decimals, and '< 0,001' below that (never '0,000'). */
export function formatP(p: number, locale: Locale): string {
  if (p < 0.001) return `< ${formatNumber(0.001, locale, { digits: 3 })}`;
  return formatNumber(p, locale, { digits: 3 });
}
