import type { Locale } from '../types';
import { formatNumber } from './formatNumber';
import { formatSuppressed } from './formatSuppressed';
import { shiftDecimal } from './roundHalfAway';

/** A share given as a fraction (0–1) as a percentage: 0.125 -> nl '12,5%', en '12.5%'. */
export function formatPercent(fraction: number | null, locale: Locale, digits = 1): string {
  if (fraction === null) return formatSuppressed();
  return `${formatNumber(shiftDecimal(fraction, 2), locale, { digits })}%`;
}
