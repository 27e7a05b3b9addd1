import { describe, expect, it } from 'vitest';
import type { CurrentBenchmark } from '../../../src/core/views/benchmarks';
import type { Locale } from '../../../src/core/types';
import { translate } from '../../../src/i18n/translate';
import { wordBenchmark, wordBenchmarkCounts } from '../../../src/i18n/wordBenchmark';

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

  it('words what a benchmark counts as before', () => {
    const counts = (locale: Locale, kind: 'cbs' | 'illustrative' | 'imported', population: 'jobs' | 'persons' | 'mixed') =>
      wordBenchmarkCounts((key, params) => translate(locale, key, params), { kind, population });
    expect(counts('nl', 'cbs', 'persons')).toBe('echt CBS-cijfer; telt personen met werk naar woonplaats (werkzame beroepsbevolking, 15 tot 75 jaar), niet banen bij de werkgever');
    expect(counts('nl', 'illustrative', 'jobs')).toBe('gemodelleerd (illustratief), geen CBS-cijfer; telt banen van werknemers naar vestiging van de werkgever, zoals de CBS-barometer');
    expect(counts('nl', 'imported', 'mixed')).toBe('geïmporteerd CBS-bestand; mengt banen van werknemers (naar vestiging) en personen met werk (naar woonplaats)');
    expect(counts('en', 'cbs', 'jobs')).toBe("real CBS figure; counts employee jobs by the employer's location, as the CBS barometer does");
    expect(counts('en', 'illustrative', 'persons')).toBe('modelled (illustrative), not a CBS figure; counts persons in work by where they live (working population, 15 to 75), not jobs at the employer');
    expect(counts('en', 'imported', 'mixed')).toBe('imported CBS file; mixes employee jobs (by location) and persons in work (by residence)');
  });

  it('hands the components the counts in words', () => {
    const view: CurrentBenchmark = { ...base, label: 'heel Nederland (2024)', counts: { kind: 'cbs', population: 'jobs' } };
    expect(word('nl', view).counts).toBe('echt CBS-cijfer; telt banen van werknemers naar vestiging van de werkgever, zoals de CBS-barometer');
    expect(word('nl', base)).not.toHaveProperty('counts');
  });
});
