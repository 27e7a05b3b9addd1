import { describe, expect, it } from 'vitest';
import { importTable } from '../../../src/core/import';
import { brief, datasetOf, fixture } from './load';

const E = 'error' as const;

describe('nothing is counted twice or summed silently (issue 15, item 3)', () => {
  it('refuses two columns of the same name, naming both', () => {
    const result = importTable(fixture('duplicate-columns.csv'));
    expect(brief(result)).toEqual([{ code: 'duplicate-column', row: 1, column: 'Nederland', severity: E }]);
    expect(result.issues[0]!.params).toEqual({ first: 'Nederland', firstLetter: 'B', letter: 'E' });
  });

  it('refuses two columns meaning the same category under different spellings', () => {
    const result = importTable(fixture('duplicate-meaning.csv'));
    expect(brief(result)).toEqual([{ code: 'duplicate-column', row: 1, column: 'Europa (excl. Nederland)', severity: E }]);
    // Europa is column B, Europa (excl. Nederland) column E
    expect(result.issues[0]!.params).toEqual({ first: 'Europa', firstLetter: 'B', letter: 'E' });
  });

  it('keeps detail columns beside their main column as detail, never added to it', () => {
    const d = datasetOf(importTable(fixture('detail-beside-main.csv')));
    expect(d.groups).toEqual([
      // Buiten Europa stays 20 (not 20 + 5 + 7); 50 + 10 + 20 = 80 = Totaal
      { key: { afdeling: 'Zorg' }, total: 80, counts: { nederland: 50, europa: 10, 'buiten-europa': 20 }, detail: { turkije: 5, marokko: 7 } },
      // 30 + 4 + 6 = 40 = Totaal
      { key: { afdeling: 'Staf' }, total: 40, counts: { nederland: 30, europa: 4, 'buiten-europa': 6 }, detail: { turkije: 1, marokko: 0 } },
    ]);
  });

  it('does the same for detail rows beside their main row in a long table', () => {
    const d = datasetOf(importTable(fixture('detail-beside-main-long.csv')));
    // 50 + 10 + 20 = 80
    expect(d.groups).toEqual([
      { key: { afdeling: 'Zorg' }, total: 80, counts: { nederland: 50, europa: 10, 'buiten-europa': 20 }, detail: { turkije: 5, marokko: 7 } },
    ]);
  });

  it('refuses detail that adds up to more than its main column, at its row and the main column', () => {
    // Turkije 15 + Marokko 7 = 22 > Buiten Europa 20
    expect(brief(importTable(fixture('detail-exceeds-main.csv')))).toEqual([
      { code: 'detail-exceeds-main', row: 2, column: 'Buiten Europa', severity: E },
    ]);
  });

  it('refuses a Totaal column that disagrees with the sum, at its row and column', () => {
    // Staf: 1 + 2 + 3 = 6, Totaal says 7; Zorg agrees (60)
    expect(brief(importTable(fixture('total-column-mismatch.csv')))).toEqual([
      { code: 'total-mismatch', row: 3, column: 'Totaal', severity: E },
    ]);
  });

  it('refuses a file of zeros', () => {
    expect(brief(importTable(fixture('all-zero.csv')))).toEqual([{ code: 'all-zero', row: 2, column: 'Aantal', severity: E }]);
  });
});

describe('the per-person refusal fires only for per-person files (issue 15, item 6)', () => {
  it('reads an origin column with count columns beside it as an aggregate', () => {
    const result = importTable(fixture('origin-with-gender-columns.csv'));
    const d = datasetOf(result);
    expect(d.dimensions).toEqual(['afdeling', 'kolom']);
    expect(d.groups).toEqual([
      // Zorg men: 10 + 3 + 5 = 18; women: 12 + 4 + 6 = 22
      { key: { afdeling: 'Zorg', kolom: 'Mannen' }, total: 18, counts: { nederland: 10, europa: 3, 'buiten-europa': 5 } },
      { key: { afdeling: 'Zorg', kolom: 'Vrouwen' }, total: 22, counts: { nederland: 12, europa: 4, 'buiten-europa': 6 } },
      // Staf men: 7 + 1 + 2 = 10; women: 8 + 0 + 2 = 10
      { key: { afdeling: 'Staf', kolom: 'Mannen' }, total: 10, counts: { nederland: 7, europa: 1, 'buiten-europa': 2 } },
      { key: { afdeling: 'Staf', kolom: 'Vrouwen' }, total: 10, counts: { nederland: 8, europa: 0, 'buiten-europa': 2 } },
    ]);
  });

  it('takes a single numeric column beside the origin as the count', () => {
    // 10 + 3 + 5 = 18
    expect(datasetOf(importTable(fixture('origin-one-number.csv'))).groups).toEqual([
      { key: { afdeling: 'Zorg' }, total: 18, counts: { nederland: 10, europa: 3, 'buiten-europa': 5 } },
    ]);
  });

  it('still refuses rows per person: the same labels twice, or a person column', () => {
    // Zorg;Nederland appears on rows 2 and 4: one row per employee
    expect(brief(importTable(fixture('refuse-person-rows-age.csv')))).toEqual([{ code: 'person-level', row: 1, column: 'Herkomst', severity: E }]);
    expect(brief(importTable(fixture('REFUSE-person-level.csv')))).toEqual([
      { code: 'person-identifying-column', row: 1, column: 'Personeelsnummer', severity: E },
      { code: 'person-identifying-column', row: 1, column: 'Naam', severity: E },
    ]);
  });
});
