import { describe, expect, it } from 'vitest';
import type { CurrentBenchmark } from '../../../src/core/views/benchmarks';
import type { Locale } from '../../../src/core/types';
import { translate } from '../../../src/i18n/translate';
import { wordBenchmark, wordBenchmarkCounts } from '../../../src/i18n/wordBenchmark';

const word = (locale: Locale, view: CurrentBenchmark) => wordBenchmark((key, params) => translate(locale, key, params), locale, view);
const base: CurrentBenchmark = { shares: { nederland: 1 }, provenance: { kind: 'illustrative', source: 'x' } };

describe('a benchmark in words', () => {
  it('words a composite label as before', () => {
    const composite = { ...base, composite: { parts: 2, headcount: 40, years: '2024' } };
    expect(word('nl', composite).label).toBe('samengestelde benchmark van 2 onderdelen, 40 medewerkers (2024)');
    expect(word('en', composite).label).toBe('composite benchmark of 2 parts, 40 employees (2024)');
    const twoYears = { ...base, composite: { parts: 3, headcount: 125, years: '2023, 2024' } };
    expect(word('nl', twoYears).label).toBe('samengestelde benchmark van 3 onderdelen, 125 medewerkers (2023, 2024)');
  });

  it('words a single cell’s label from its codes and year', () => {
    const cell = { ...base, cell: { key: { region: 'AM18', sector: 'I' }, year: 2024 } };
    // sector first whatever the key's order; I = Horeca, AM18 = Groot Amsterdam (reference lists)
    expect(word('nl', cell).label).toBe('sector I Horeca, regio Groot Amsterdam (2024)');
    expect(word('en', cell).label).toBe('sector I Accommodation and food services, region Greater Amsterdam (2024)');
    expect(word('nl', { ...base, cell: { key: {}, year: 2021 } }).label).toBe('heel Nederland (2021)');
  });

  it('words the notes: a cell fallback names both cells, a composite’s part is numbered', () => {
    const fallback = { severity: 'warning' as const, code: 'cell-fallback', params: { part: 2 }, cells: { requested: { sector: 'A', region: 'AM18' }, used: { sector: 'A' } } };
    const year = { severity: 'warning' as const, code: 'nearest-year', params: { requested: 2026, used: 2024 } };
    const view = { ...base, notes: [fallback, year] };
    expect(word('nl', view).notes).toEqual([
      '2: Geen benchmarkcel voor sector A Landbouw, bosbouw en visserij, regio Groot Amsterdam; gebruikt is sector A Landbouw, bosbouw en visserij.',
      'Er is geen benchmark voor 2026; het dichtstbijzijnde jaar 2024 is gebruikt.',
    ]);
    expect(word('en', view).notes).toEqual([
      '2: No benchmark cell for sector A Agriculture, forestry and fishing, region Greater Amsterdam; sector A Agriculture, forestry and fishing is used instead.',
      'There is no benchmark for 2026; the nearest year, 2024, is used.',
    ]);
  });

  it('words a composite’s parts: the cell asked for and the cell used with its year', () => {
    const component = { number: 1, asked: { region: 'PV27' }, headcount: 10, weight: 1, cell: { key: {}, year: 2024 }, kind: 'cbs' as const, shares: {} };
    const view = { ...base, composite: { parts: 1, headcount: 10, years: '2024' }, components: [component] };
    expect(word('nl', view).components?.map((c) => [c.asked, c.cell])).toEqual([['regio Noord-Holland', 'heel Nederland (2024)']]);
    expect(word('en', view).components?.map((c) => [c.asked, c.cell])).toEqual([['region North Holland', 'the whole of the Netherlands (2024)']]);
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
    const view: CurrentBenchmark = { ...base, cell: { key: {}, year: 2024 }, counts: { kind: 'cbs', population: 'jobs' } };
    expect(word('nl', view).counts).toBe('echt CBS-cijfer; telt banen van werknemers naar vestiging van de werkgever, zoals de CBS-barometer');
    expect(word('nl', base)).not.toHaveProperty('counts');
  });
});
