import type { Locale } from '../types';
import { formatNumber } from './formatNumber';

/**
 * A headcount as a whole number with thousands separators (nl 1.234, en 1,234). Counts derived
 * from percentages × headcount are fractional and are rounded for display only.
 */
export function formatCount(value: number | null, locale: Locale): string {
  return formatNumber(value, locale, { digits: 0 });
}
