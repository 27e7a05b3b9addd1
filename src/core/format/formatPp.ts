import type { Locale } from '../types';
import { formatNumber } from './formatNumber';

/**
 * A difference in percentage points (given in points: −3.2 means 3.2 points below), always
 * signed so the direction reads at a glance: '+2,1', '−3,2' (U+2212), and '0,0' when it rounds
 * to zero. The unit word ('procentpunt' / 'percentage points') belongs to the message catalogue.
 * CSV keeps an ASCII '-' instead; that is the serialisers' business, not this function's.
 */
export function formatPp(diff: number | null, locale: Locale, digits = 1): string {
  return formatNumber(diff, locale, { digits, signed: true });
}
