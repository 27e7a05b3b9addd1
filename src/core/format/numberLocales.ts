import { formatLocale, type FormatLocaleObject } from 'd3-format';
import type { Locale } from '../types';

/**
 * d3-format locales written out here rather than taken from Intl, so Node (tests) and every
 * browser format identically. Display uses the true minus sign U+2212; '%' follows the number
 * without a space in both languages, as CBS writes it (12,5%).
 */
const DEFINITIONS: Record<Locale, Parameters<typeof formatLocale>[0]> = {
  nl: { decimal: ',', thousands: '.', grouping: [3], currency: ['€\u00a0', ''], minus: '\u2212', percent: '%' },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''], minus: '\u2212', percent: '%' },
};

const cache = new Map<Locale, FormatLocaleObject>();

/** The d3 number locale for one of the app's languages (nl-NL, en-GB conventions). */
export function numberLocale(locale: Locale): FormatLocaleObject {
  let found = cache.get(locale);
  if (!found) {
    found = formatLocale(DEFINITIONS[locale]);
    cache.set(locale, found);
  }
  return found;
}

const formats = new Map<string, (n: number) => string>();

/**
 * A compiled d3 format for `specifier` in one of the app's languages. Compiled once per pair:
 * d3 parses the specifier on every `format` call, and a table redraw formats hundreds of cells
 * with the same handful of specifiers.
 */
export function numberFormat(locale: Locale, specifier: string): (n: number) => string {
  const key = `${locale} ${specifier}`;
  let found = formats.get(key);
  if (!found) {
    found = numberLocale(locale).format(specifier);
    formats.set(key, found);
  }
  return found;
}
