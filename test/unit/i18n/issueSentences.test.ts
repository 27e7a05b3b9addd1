import { describe, expect, it } from 'vitest';
import { BENCHMARK_FILE_ISSUE_CODES, BENCHMARK_ISSUE_CODES } from '../../../src/core/benchmarks';
import type { Issue, Locale } from '../../../src/core/types';
import { benchmarkIssueMessages } from '../../../src/i18n/messages/benchmarkIssues';
import { benchmarkNotesEn } from '../../../src/i18n/messages/benchmarkNotes.en';
import { benchmarkNotesNl } from '../../../src/i18n/messages/benchmarkNotes.nl';
import { translate } from '../../../src/i18n/translate';
import { wordBenchmarkFileIssue, wordBenchmarkIssue, wordDifferencingIssue } from '../../../src/i18n/wordIssue';

// The test setup loads every message area, so translate() knows the benchmarks area.
const word = (locale: Locale, issue: Issue) => wordBenchmarkFileIssue((key, params) => translate(locale, key, params), issue);
const sentences = (locale: Locale): Record<string, string> => benchmarkIssueMessages[locale];

describe('benchmark file issue sentences', () => {
  it.each(BENCHMARK_FILE_ISSUE_CODES)('%s has a full sentence in Dutch and English', (code) => {
    const nl = sentences('nl')[`benchmarkFileIssue.${code}`];
    const en = sentences('en')[`benchmarkFileIssue.${code}`];
    for (const sentence of [nl, en]) expect(sentence).toMatch(/^[A-Z{'"].*[.!?]$/s);
    expect(nl).not.toBe(en);
  });

  it('names the columns it found instead of an origin, and reads well without them', () => {
    const found: Issue = { severity: 'error', code: 'no-origin', params: { columns: 'Geslacht, Perioden' } };
    expect(word('nl', found)).toBe(
      'Deze tabel heeft geen herkomstindeling: geen kolom of onderwerp met herkomst of migratieachtergrond (kolommen: Geslacht, Perioden). Kies een CBS-tabel naar herkomst; zie de uitleg bij het importeren.',
    );
    // an empty list is no list: the sentence without the brackets
    for (const params of [undefined, { columns: '' }]) {
      expect(word('en', { severity: 'error', code: 'no-origin', ...(params ? { params } : {}) })).toBe(
        'This table has no origin classification: no column or topic with origin or migration background. Choose a CBS table by origin; see the guide with the import.',
      );
    }
  });

  it('fills the params and the column', () => {
    const described: Issue = { severity: 'error', code: 'metadata-only', params: { endpoint: 'TableInfos', table: '80137NED' } };
    expect(word('en', described)).toBe(
      "This is the 'TableInfos' part of CBS table 80137NED: a description without figures. Import the figures: TypedDataSet (OData v3), Observations (OData v4) or a StatLine CSV.",
    );
    const unmatched: Issue = { severity: 'warning', code: 'unmatched-codes', column: 'Herkomst', params: { column: 'Herkomst', count: 1, values: 'Polen' } };
    expect(word('nl', unmatched)).toBe("In kolom 'Herkomst' zijn 1 waarden niet herkend en overgeslagen: Polen.");
    const key: Issue = { severity: 'error', code: 'key-not-a-dimension', row: 3, column: 'key', params: { field: 'region', row: 3 } };
    expect(word('en', key)).toBe("The key 'region' is not a dimension of this table.");
  });

  it('words what is not an object in the language shown', () => {
    expect(word('nl', { severity: 'error', code: 'not-an-object', params: { what: 'table' } })).toBe('De benchmarktabel is geen object.');
    expect(word('en', { severity: 'error', code: 'not-an-object', params: { what: 'table' } })).toBe('The benchmark table is not an object.');
    expect(word('nl', { severity: 'error', code: 'not-an-object', row: 4, params: { what: 'row', row: 4 } })).toBe('Rij 4 is geen object.');
    expect(word('en', { severity: 'error', code: 'not-an-object', row: 2, params: { what: 'manifest-item', row: 2 } })).toBe('Manifest item 2 is not an object.');
  });
});

describe('look-up and composite issue sentences (the benchmark\'s notes)', () => {
  const note = (locale: Locale, issue: Issue) => wordBenchmarkIssue((key, params) => translate(locale, key, params), issue);

  it.each(BENCHMARK_ISSUE_CODES)('%s has a full sentence in Dutch and English', (code) => {
    const nl = (benchmarkNotesNl as Record<string, string>)[`benchmarkIssue.${code}`];
    const en = (benchmarkNotesEn as Record<string, string>)[`benchmarkIssue.${code}`];
    for (const sentence of [nl, en]) expect(sentence).toMatch(/^[A-Z].*[.!?]$/s);
    expect(nl).not.toBe(en);
  });

  it('names the cells of a fallback and the years of the nearest year', () => {
    const fallback: Issue = { severity: 'warning', code: 'cell-fallback', params: { requested: 'sector I Horeca, regio Holland Rijnland', used: 'sector I Horeca' } };
    expect(note('nl', fallback)).toBe('Geen benchmarkcel voor sector I Horeca, regio Holland Rijnland; gebruikt is sector I Horeca.');
    const nearest: Issue = { severity: 'warning', code: 'nearest-year', params: { requested: 2026, used: 2024 } };
    expect(note('en', nearest)).toBe('There is no benchmark for 2026; the nearest year, 2024, is used.');
  });

  it('puts the part\'s number before a composite part\'s note, and words a refused part', () => {
    const part: Issue = { severity: 'warning', code: 'cell-fallback', row: 2, params: { requested: 'regio Groot Amsterdam', used: 'heel Nederland', part: 2 } };
    expect(note('nl', part)).toBe('2: Geen benchmarkcel voor regio Groot Amsterdam; gebruikt is heel Nederland.');
    const bad: Issue = { severity: 'error', code: 'composite-bad-headcount', row: 3, column: 'headcount', params: { row: 3, value: 'NaN' } };
    expect(note('en', bad)).toBe('Part 3 has an invalid headcount (NaN).');
  });
});

describe('differencing warning sentences', () => {
  const warn = (locale: Locale, issue: Issue) => wordDifferencingIssue((key, params) => translate(locale, key, params), issue);

  it('picks the sentence the params ask for', () => {
    const changed: Issue = { severity: 'warning', code: 'grouping-changed', column: 'afdeling', params: { dim: 'afdeling', before: '2023', after: '2024' } };
    expect(warn('en', changed)).toBe("The groups of 'afdeling' differ between 2023 and 2024: comparing the years can reveal the people who moved between groups.");
    const previous: Issue = { severity: 'warning', code: 'grouping-changed', column: 'afdeling', params: { dim: 'afdeling' } };
    expect(warn('nl', previous)).toBe("De groepen van 'afdeling' verschillen van de vorige dataset: wie de twee vergelijkt, kan de mensen zien die van groep wisselden.");
    expect(warn('nl', { severity: 'warning', code: 'grouping-changed' })).toBe('Deze dataset is anders ingedeeld dan de vorige: wie de twee vergelijkt, kan kleine groepen zien.');
  });

  it('says in which year a group is the organisation minus a few, when there are years', () => {
    const params = { label: 'Groot', gap: 6, groupMin: 50 };
    expect(warn('nl', { severity: 'warning', code: 'small-complement', params })).toBe(
      "De groep 'Groot' is de hele organisatie min 6 mensen (minder dan 50): wie die groep van de organisatie aftrekt, ziet die mensen.",
    );
    expect(warn('en', { severity: 'warning', code: 'small-complement', params: { ...params, year: '2024' } })).toBe(
      "The group 'Groot' in 2024 is the whole organisation minus 6 people (fewer than 50): subtracting it from the organisation's figures reveals those people.",
    );
  });
});
