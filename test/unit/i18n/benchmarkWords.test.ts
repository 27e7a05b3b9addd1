import { describe, expect, it } from 'vitest';
import type { CurrentBenchmark } from '../../../src/core/views/benchmarks';
import type { Locale } from '../../../src/core/types';
import { translate } from '../../../src/i18n/translate';
import { wordBenchmark } from '../../../src/i18n/wordBenchmark';

const word = (locale: Locale, view: CurrentBenchmark) => wordBenchmark((key, params) => translate(locale, key, params), view);
const base: CurrentBenchmark = { shares: { nederland: 1 }, provenance: { kind: 'illustrative', source: 'x' } };

describe('a benchmark in words', () => {
  it('words a composite label as before', () => {
    const composite = { ...base, composite: { parts: 2, headcount: 40, years: '2024' } };
    expect(word('nl', composite).label).toBe('samengestelde benchmark van 2 onderdelen, 40 medewerkers (2024)');
    expect(word('en', composite).label).toBe('composite benchmark of 2 parts, 40 employees (2024)');
    const twoYears = { ...base, composite: { parts: 3, headcount: 125, years: '2023, 2024' } };
    expect(word('nl', twoYears).label).toBe('samengestelde benchmark van 3 onderdelen, 125 medewerkers (2023, 2024)');
  });

  it('keeps a single cell’s label', () => {
    expect(word('nl', { ...base, label: 'sector I Horeca (2024)' }).label).toBe('sector I Horeca (2024)');
  });
});
