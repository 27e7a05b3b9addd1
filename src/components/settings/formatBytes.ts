import { formatNumber } from '../../core';
import type { Locale } from '../../core/types';

const BYTE_UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/** A byte count for people, in powers of 1000 as browsers report quotas: nl '1,5 MB', en '1.5 MB'. */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${formatNumber(value, locale, { digits: unit === 0 ? 0 : 1 })} ${BYTE_UNITS[unit]}`;
}
