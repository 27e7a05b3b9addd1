import type { Locale } from '../types';
import { formatNumber } from './formatNumber';

/**
 * A representation index (share ÷ benchmark share; 1 = represented as in the benchmark) with
 * two decimals: 0.845 -> nl '0,85', en '0.85'.
 */
export function formatIndex(value: number | null, locale: Locale, digits = 2): string {
  return formatNumber(value, locale, { digits });
}
