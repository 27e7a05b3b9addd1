import { describe, expect, it } from 'vitest';
import { cellParts } from '../../../src/core/views/benchmarks';
import type { Locale } from '../../../src/core/types';
import { translate } from '../../../src/i18n/translate';
import { wordBenchmarkCell, wordBenchmarkNote, wordCode } from '../../../src/i18n/wordBenchmarkCell';

const t = (locale: Locale) => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);

describe('cellParts (core: codes only)', () => {
  it('reads a cell broadest first, whatever order its keys come in', () => {
    expect(cellParts({ sizeClass: '1-10', region: 'AM18', sector: 'I' })).toEqual([
      { dimension: 'sector', code: 'I' },
      { dimension: 'region', code: 'AM18' },
      { dimension: 'sizeClass', code: '1-10' },
    ]);
    expect(cellParts({})).toEqual([]);
  });
});

describe('a benchmark cell in words (src/i18n)', () => {
  it.each([
    [{}, 'nl', 'heel Nederland'],
    [{}, 'en', 'the whole of the Netherlands'],
    [{ sector: 'I' }, 'nl', 'sector I Horeca'],
    [{ sector: 'I' }, 'en', 'sector I Accommodation and food services'],
    [{ sector: 'I', region: 'AM18' }, 'nl', 'sector I Horeca, regio Groot Amsterdam'],
    [{ region: 'PV27' }, 'en', 'region North Holland'],
    [{ sizeClass: '500+' }, 'nl', 'bedrijfsgrootte 500 en meer werknemers'],
    [{ wageClass: 'top10' }, 'en', 'hourly-wage class Top 10% of annual wages'],
    [{ region: 'GM:Amsterdam' }, 'nl', 'regio Amsterdam'], // a municipality's name is in its id
    [{ sector: 'ZZ' }, 'nl', 'sector ZZ'], // an unknown code stays as it is
    [{ sizeClass: '1-10', region: 'AM18', sector: 'I' }, 'nl', 'sector I Horeca, regio Groot Amsterdam, bedrijfsgrootte 1 tot 10 werknemers'],
  ] as const)('%j in %s', (key, locale, expected) => {
    expect(wordBenchmarkCell(t(locale), locale, key)).toBe(expected);
  });

  it('names the region NL as the whole country', () => {
    expect(wordCode(t('nl'), 'nl', 'region', 'NL')).toBe('heel Nederland');
    expect(wordCode(t('en'), 'en', 'region', 'NL')).toBe('the whole of the Netherlands');
  });

  it('words a cell fallback from its cells; a note without cells as its issue', () => {
    const note = { severity: 'warning' as const, code: 'cell-fallback', cells: { requested: { sector: 'I', region: 'AM19' }, used: { sector: 'I' } } };
    expect(wordBenchmarkNote(t('nl'), 'nl', note)).toBe('Geen benchmarkcel voor sector I Horeca, regio Holland Rijnland; gebruikt is sector I Horeca.');
    expect(wordBenchmarkNote(t('en'), 'en', note)).toBe('No benchmark cell for sector I Accommodation and food services, region Holland Rijnland; sector I Accommodation and food services is used instead.');
    expect(wordBenchmarkNote(t('nl'), 'nl', { severity: 'error', code: 'composite-empty' })).toBe('De samengestelde benchmark heeft geen onderdelen met een positief aantal medewerkers.');
  });
});
