import { describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES } from '../../../src/core/import';
import type { Issue, Locale } from '../../../src/core/types';
import { importIssueMessages } from '../../../src/i18n/messages/importIssues';
import { translate } from '../../../src/i18n/translate';
import { wordImportIssue } from '../../../src/i18n/wordIssue';

// The test setup loads every message area, so translate() knows the import area.
const word = (locale: Locale, issue: Issue) => wordImportIssue((key, params) => translate(locale, key, params), issue);

describe('import issue sentences', () => {
  it.each(IMPORT_ISSUE_CODES)('%s has a full sentence in Dutch and English', (code) => {
    const nl = importIssueMessages.nl[`importIssue.${code}`];
    const en = importIssueMessages.en[`importIssue.${code}`];
    for (const sentence of [nl, en]) expect(sentence).toMatch(/^[A-Z"].*[.!?]$/s);
    expect(nl).not.toBe(en);
  });

  it('has no sentence for a code the core does not know', () => {
    const codes = Object.keys(importIssueMessages.nl).filter((k) => !k.startsWith('importIssue.scheme.') && k !== 'importIssue.sheet');
    expect(codes.sort()).toEqual(IMPORT_ISSUE_CODES.map((c) => `importIssue.${c}`).sort());
  });

  it('fills the params, the column and the sheet', () => {
    const negative: Issue = { severity: 'error', code: 'negative-count', row: 4, column: 'Aantal', params: { value: '-3' } };
    expect(word('nl', negative)).toBe('Het aantal -3 is negatief; aantallen zijn nul of meer.');
    expect(word('en', negative)).toBe('The count -3 is negative; counts are zero or more.');
    // the identifying column comes from the issue's column, not from a param
    const person: Issue = { severity: 'error', code: 'person-identifying-column', row: 1, column: 'Naam' };
    expect(word('nl', person)).toMatch(/^De kolom "Naam" identificeert personen; .*AVG artikel 9.*draaitabel.*CBS-barometer/);
    const fraction: Issue = { severity: 'error', code: 'fractional-count', row: 2, column: 'Nederland', sheet: 'Blad1', params: { value: 1.5 } };
    expect(word('nl', fraction)).toBe('Werkblad "Blad1": Het aantal 1.5 is geen geheel getal; tel personen, geen fte.');
    expect(word('en', fraction)).toBe('Sheet "Blad1": The count 1.5 is not a whole number; count persons, not FTE.');
    const duplicate: Issue = { severity: 'error', code: 'duplicate-column', row: 1, column: 'Nederland', params: { first: 'Nederland', firstLetter: 'B', letter: 'E' } };
    expect(word('nl', duplicate)).toContain('De kolommen B ("Nederland") en E ("Nederland") zijn dezelfde kolom');
  });

  it('words the scheme ids of mixed-schemes as the schemes\' names', () => {
    const mixed: Issue = { severity: 'error', code: 'mixed-schemes', params: { value: 'Westerse migratieachtergrond', scheme: 'herkomst', other: 'migratieachtergrond' } };
    expect(word('en', mixed)).toBe(
      '"Westerse migratieachtergrond" belongs to the CBS classification migration background (until 2022), this file\'s main groups to origin (since 2022). The two cannot be converted; use one.',
    );
    expect(word('nl', mixed)).toBe(
      '"Westerse migratieachtergrond" hoort bij de CBS-indeling migratieachtergrond (tot 2022), de hoofdgroepen van dit bestand bij herkomst (sinds 2022). De twee indelingen zijn niet om te rekenen; gebruik één indeling.',
    );
  });

  it('says how to add the missing headcount', () => {
    const missing: Issue = { severity: 'error', code: 'missing-headcount', row: 1, column: 'Nederland' };
    expect(word('nl', missing)).toContain('Voeg een kolom "Aantal medewerkers" toe');
    expect(word('en', missing)).toContain('Add a column "Number of employees"');
  });
});
