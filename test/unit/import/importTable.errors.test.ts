import { describe, expect, it } from 'vitest';
import { importTable } from '../../../src/core/import';
import { brief, datasetOf, fixture } from './load';

const E = 'error' as const;
const W = 'warning' as const;

describe('importTable: every problem, located', () => {
  it('collects all cell problems of a long file with their rows and columns (errors-long.csv)', () => {
    const result = importTable(fixture('errors-long.csv'));
    expect(result.ok).toBe(false);
    expect(brief(result)).toEqual([
      { code: 'negative-count', row: 2, column: 'Aantal', severity: E },
      // '12,5': the decimal comma is known from this very cell, so it is 12.5, not whole
      { code: 'fractional-count', row: 3, column: 'Aantal', severity: E },
      { code: 'not-a-number', row: 4, column: 'Aantal', severity: E },
      { code: 'duplicate-row', row: 5, column: undefined, severity: E },
      { code: 'unknown-category', row: 6, column: 'Herkomst', severity: E },
      { code: 'ragged-row', row: 7, column: undefined, severity: E },
      { code: 'missing-count', row: 8, column: 'Aantal', severity: E },
    ]);
    // the duplicate names the row it repeats; the unknown label is named as written
    expect(result.issues[3]!.params).toEqual({ first: 2 });
    expect(result.issues[4]!.params).toEqual({ value: 'Mars' });
  });

  const cases: Array<[string, string, ReturnType<typeof brief>]> = [
    ['header only', 'Afdeling;Nederland;Europa;Buiten Europa\n', [{ code: 'header-only', row: 1, column: undefined, severity: E }]],
    ['header then blank lines', 'Afdeling;Nederland;Europa;Buiten Europa\n;;;\n\n', [{ code: 'header-only', row: 1, column: undefined, severity: E }]],
    ['whitespace only', ' \n\n', [{ code: 'empty-file', row: undefined, column: undefined, severity: E }]],
    ['no origin columns', 'Afdeling;Aantal\nZorg;3\n', [{ code: 'no-origin-columns', row: 1, column: undefined, severity: E }]],
    ['one row per employee, no count column', 'Afdeling;Herkomst\nZorg;Nederland\n', [{ code: 'person-level', row: 1, column: 'Herkomst', severity: E }]],
    ...(['Geboortedatum', 'Postcode', 'E-mail', 'BSN', 'Staff number', 'Name', 'Date of birth', 'Personeelsnr'].map((h) => [
      `identifying column ${h}`,
      `${h};Afdeling;Nederland;Europa;Buiten Europa\nx;Zorg;1;2;3\n`,
      [{ code: 'person-identifying-column', row: 1, column: h, severity: E }],
    ]) as Array<[string, string, ReturnType<typeof brief>]>),
    [
      'mixed schemes',
      'Afdeling;Nederland;Westerse migratieachtergrond;Buiten Europa\nZorg;1;2;3\n',
      // two herkomst main columns decide; the legacy column is named
      [{ code: 'mixed-schemes', row: 1, column: 'Westerse migratieachtergrond', severity: E }],
    ],
    [
      'percentages not adding to 100 (70 + 10 + 25 = 105)',
      'Team;Aantal medewerkers;Nederland (%);Europa (%);Buiten Europa (%)\nA;100;70;10;25\nB;100;70;10;20\n',
      [{ code: 'percentages-sum', row: 2, column: undefined, severity: E }],
    ],
    [
      'a percentage above 100',
      'Team;Aantal medewerkers;Nederland (%);Europa (%);Buiten Europa (%)\nA;100;170;10;20\n',
      [
        { code: 'invalid-percentage', row: 2, column: 'Nederland (%)', severity: E },
      ],
    ],
    [
      'percentages without headcount',
      'Team;Nederland (%);Europa (%);Buiten Europa (%)\nA;70;10;20\n',
      [{ code: 'missing-headcount', row: 1, column: 'Nederland (%)', severity: E }],
    ],
    [
      'a duplicate group in a wide table',
      'Afdeling;Nederland;Europa;Buiten Europa\nZorg;1;2;3\nZorg;1;2;3\n',
      [{ code: 'duplicate-row', row: 3, column: undefined, severity: E }],
    ],
    [
      'an unknown numeric column among the categories',
      'Afdeling;Nederland;Europa;Mars;Buiten Europa\nZorg;1;2;3;4\n',
      [{ code: 'unknown-category', row: 1, column: 'Mars', severity: E }],
    ],
    [
      'too many cells',
      'Afdeling;Nederland;Europa;Buiten Europa\nZorg;1;2;3;4\n',
      [{ code: 'ragged-row', row: 2, column: undefined, severity: E }],
    ],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    const result = importTable(text);
    expect(result.ok).toBe(false);
    expect(brief(result)).toEqual(expected);
  });

  it('names the offending label and both schemes when they are mixed', () => {
    const result = importTable('Afdeling;Nederland;Westerse migratieachtergrond;Buiten Europa\nZorg;1;2;3\n');
    // the main columns (Nederland, Buiten Europa) decide: herkomst; the legacy label is the other
    expect(result.issues[0]).toMatchObject({
      code: 'mixed-schemes',
      column: 'Westerse migratieachtergrond',
      params: { value: 'Westerse migratieachtergrond', scheme: 'herkomst', other: 'migratieachtergrond' },
    });
  });

  it.each([
    ['empty bytes', new Uint8Array(0), 'empty-file'],
    ['a zip (xlsx) header', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]), 'not-a-table'],
    ['a PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'not-a-table'],
  ])('refuses %s', (_, bytes, code) => {
    const result = importTable(bytes);
    expect(result.ok).toBe(false);
    // file-wide: no row or column to name
    expect(result.issues.map((i) => [i.code, i.row, i.column])).toEqual([[code, undefined, undefined]]);
  });
});

describe('importTable: warnings keep the import', () => {
  it('refuses a Totaal column that differs from the sum of the categories, at its row and column', () => {
    // 10 + 20 + 30 = 60, Totaal says 61
    const result = importTable('Afdeling;Nederland;Europa;Buiten Europa;Totaal\nZorg;10;20;30;61\n');
    expect(result.ok).toBe(false);
    expect(brief(result)).toEqual([{ code: 'total-mismatch', row: 2, column: 'Totaal', severity: E }]);
  });

  it('refuses a totals row that differs from the sum of the groups, and never counts an agreeing one', () => {
    // Nederland: 10 + 5 = 15, the Totaal row says 16
    const result = importTable('Afdeling;Nederland;Europa;Buiten Europa\nA;10;1;1\nB;5;1;1\nTotaal;16;2;2\n');
    expect(brief(result)).toEqual([{ code: 'total-mismatch', row: 4, column: 'Afdeling', severity: E }]);
    // 15, 2, 2 agree
    const agreeing = importTable('Afdeling;Nederland;Europa;Buiten Europa\nA;10;1;1\nB;5;1;1\nTotaal;15;2;2\n');
    expect(datasetOf(agreeing).groups.map((g) => g.key.afdeling)).toEqual(['A', 'B']);
  });

  it('checks a subtotal row against the groups it covers only (year 2024 of two years)', () => {
    // 2024: Nederland 3 + 4 = 7 = subtotal; 2023 is not covered by it
    const text = 'Jaar;Afdeling;Herkomst;Aantal\n2023;A;Nederland;100\n2024;A;Nederland;3\n2024;B;Nederland;4\n2024;Totaal;Nederland;7\n';
    const result = importTable(text);
    expect(result.issues).toEqual([]);
    expect(datasetOf(result).groups).toHaveLength(3);
  });

  it('takes a long "Totaal" origin row as the group total and checks it', () => {
    // 5 + 6 = 11, Totaal 12: an error on the row
    const result = importTable('Afdeling;Herkomst;Aantal\nA;Nederland;5\nA;Europa;6\nA;Totaal;12\n');
    expect(brief(result)).toEqual([{ code: 'total-mismatch', row: 4, column: 'Herkomst', severity: E }]);
    const agreeing = importTable('Afdeling;Herkomst;Aantal\nA;Nederland;5\nA;Europa;6\nA;Totaal;11\n');
    expect(datasetOf(agreeing).groups).toEqual([{ key: { afdeling: 'A' }, total: 11, counts: { nederland: 5, europa: 6 } }]);
  });
});
