import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatIndex,
  formatNumber,
  formatPercent,
  formatPp,
  formatSuppressed,
} from '../../../src/core/format';

const MINUS = '\u2212';

describe('formatPercent', () => {
  it.each([
    { fraction: 0.125, locale: 'nl', expected: '12,5%' },
    { fraction: 0.125, locale: 'en', expected: '12.5%' },
    // 249 of 2000 = 12.45% -> rounded half away from zero to 12.5
    { fraction: 249 / 2000, locale: 'nl', expected: '12,5%' },
    { fraction: 0.1244, locale: 'nl', expected: '12,4%' },
    { fraction: 0, locale: 'nl', expected: '0,0%' },
    { fraction: 1, locale: 'en', expected: '100.0%' },
    { fraction: -0.05, locale: 'nl', expected: `${MINUS}5,0%` },
    // 12.3456% with 2 decimals -> 12.35
    { fraction: 0.123456, locale: 'en', digits: 2, expected: '12.35%' },
    { fraction: 0.5, locale: 'nl', digits: 0, expected: '50%' },
  ] as const)('$fraction in $locale -> $expected', ({ fraction, locale, expected, ...rest }) => {
    const digits = 'digits' in rest ? rest.digits : undefined;
    expect(formatPercent(fraction, locale, digits)).toBe(expected);
  });

  it('shows a suppressed share as a dot', () => {
    expect(formatPercent(null, 'nl')).toBe('.');
  });
});

describe('formatCount', () => {
  it.each([
    { value: 1234, locale: 'nl', expected: '1.234' },
    { value: 1234, locale: 'en', expected: '1,234' },
    { value: 1234567, locale: 'nl', expected: '1.234.567' },
    { value: 999, locale: 'nl', expected: '999' },
    { value: 0, locale: 'en', expected: '0' },
    // headcount 250 × 12.3% = 30.75 -> 31
    { value: 30.75, locale: 'nl', expected: '31' },
    { value: 12.5, locale: 'en', expected: '13' },
    { value: -1234, locale: 'nl', expected: `${MINUS}1.234` },
    { value: null, locale: 'en', expected: '.' },
  ] as const)('$value in $locale -> $expected', ({ value, locale, expected }) => {
    expect(formatCount(value, locale)).toBe(expected);
  });
});

describe('formatPp', () => {
  it.each([
    { diff: -3.2, locale: 'nl', expected: `${MINUS}3,2` },
    { diff: -3.2, locale: 'en', expected: `${MINUS}3.2` },
    { diff: 2.1, locale: 'nl', expected: '+2,1' },
    { diff: 2.05, locale: 'en', expected: '+2.1' },
    { diff: 0, locale: 'nl', expected: '0,0' },
    // −0.04 rounds to 0.0: no sign at all
    { diff: -0.04, locale: 'nl', expected: '0,0' },
    { diff: 0.04, locale: 'en', expected: '0.0' },
    { diff: -12.25, locale: 'nl', expected: `${MINUS}12,3` },
    { diff: null, locale: 'nl', expected: '.' },
  ] as const)('$diff in $locale -> $expected', ({ diff, locale, expected }) => {
    expect(formatPp(diff, locale)).toBe(expected);
  });

  it('uses the true minus sign, not the ASCII hyphen', () => {
    expect(formatPp(-1, 'nl')).not.toContain('-');
  });
});

describe('formatIndex', () => {
  it.each([
    // share 10% against benchmark 12%: 0.10 / 0.12 = 0.8333… -> 0.83
    { value: 0.1 / 0.12, locale: 'nl', expected: '0,83' },
    { value: 0.845, locale: 'en', expected: '0.85' },
    { value: 1, locale: 'nl', expected: '1,00' },
    { value: 1.2, locale: 'nl', digits: 1, expected: '1,2' },
    { value: null, locale: 'en', expected: '.' },
  ] as const)('$value in $locale -> $expected', ({ value, locale, expected, ...rest }) => {
    const digits = 'digits' in rest ? rest.digits : undefined;
    expect(formatIndex(value, locale, digits)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each([
    { value: 1234.567, options: { digits: 2 }, locale: 'nl', expected: '1.234,57' },
    { value: 1234.567, options: { digits: 2 }, locale: 'en', expected: '1,234.57' },
    { value: 1234.5, options: { grouping: false, digits: 1 }, locale: 'nl', expected: '1234,5' },
    { value: -0.5, options: {}, locale: 'en', expected: `${MINUS}1` },
    { value: 3, options: { signed: true }, locale: 'nl', expected: '+3' },
    { value: 0, options: { signed: true }, locale: 'nl', expected: '0' },
  ] as const)('$value $options in $locale -> $expected', ({ value, options, locale, expected }) => {
    expect(formatNumber(value, locale, options)).toBe(expected);
  });

  it('throws for a non-finite number, which no published table may hold', () => {
    expect(() => formatNumber(Number.NaN, 'nl')).toThrow(RangeError);
  });
});

describe('formatSuppressed', () => {
  it('is the CBS dot', () => {
    expect(formatSuppressed()).toBe('.');
  });
});
