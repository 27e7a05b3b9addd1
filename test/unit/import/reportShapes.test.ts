import { describe, expect, it } from 'vitest';
import { importTable, importXlsx } from '../../../src/core/import';
import { brief, datasetOf, fixture } from './load';

describe('report exports (issue 15, item 5)', () => {
  it('finds the header below title lines and leaves the footer below a blank line out', () => {
    const result = importTable(fixture('report-title-footer.csv'));
    const d = datasetOf(result);
    expect(result.issues).toEqual([]);
    expect(d.groups).toEqual([
      // 120 + 15 + 40 = 175; 30 + 5 + 9 = 44
      { key: { afdeling: 'Zorg' }, total: 175, counts: { nederland: 120, europa: 15, 'buiten-europa': 40 } },
      { key: { afdeling: 'Staf' }, total: 44, counts: { nederland: 30, europa: 5, 'buiten-europa': 9 } },
    ]);
  });

  it('reads the same report saved by Excel as "Unicode-tekst" (UTF-16LE, tabs)', () => {
    const d = datasetOf(importTable(fixture('report-unicode-tekst.txt')));
    expect(d.meta?.format?.encoding).toBe('utf-16le');
    expect(d.groups.map((g) => [g.key.afdeling, g.total])).toEqual([
      ['Zorg', 175],
      // 30 + 5 + 9 = 44
      ['Cliëntservice', 44],
    ]);
  });

  it('numbers issues by the spreadsheet row below the titles', () => {
    const text = 'Rapport\r\n\r\nAfdeling;Nederland;Europa;Buiten Europa\r\nZorg;1;x2;3\r\n';
    // header on row 3, the bad cell on row 4
    expect(brief(importTable(text))).toEqual([{ code: 'not-a-number', row: 4, column: 'Europa', severity: 'error' }]);
  });

  it('reads two header rows: a group header spanning the category columns', () => {
    const d = datasetOf(importTable(fixture('two-header-rows.csv')));
    expect(d.dimensions).toEqual(['afdeling', 'jaar']);
    // 120 + 15 + 40 = 175
    expect(d.groups[0]).toEqual({ key: { afdeling: 'Zorg', jaar: '2024' }, total: 175, counts: { nederland: 120, europa: 15, 'buiten-europa': 40 } });
  });

  it('reads two header rows as Excel writes them: merged Herkomst over the categories, merged dimension headers', async () => {
    const { result, sheet } = await importXlsx(fixture('two-header-rows.xlsx'));
    expect(sheet).toBe('Rapport');
    expect(result.issues).toEqual([]);
    const d = datasetOf(result);
    expect(d.dimensions).toEqual(['afdeling', 'jaar']);
    expect(d.dimensionLabels).toEqual({ afdeling: 'Afdeling', jaar: 'Jaar' });
    expect(d.groups).toEqual([
      // Totaal 175 = 120 + 15 + 40; 44 = 30 + 5 + 9 (checked, so the Totaal column was read as one)
      { key: { afdeling: 'Zorg', jaar: '2024' }, total: 175, counts: { nederland: 120, europa: 15, 'buiten-europa': 40 } },
      { key: { afdeling: 'Staf', jaar: '2024' }, total: 44, counts: { nederland: 30, europa: 5, 'buiten-europa': 9 } },
    ]);
  });

  it('reads years in a group header row over repeated category columns as a year dimension', () => {
    const d = datasetOf(importTable(fixture('year-group-header.csv')));
    expect(d.dimensions).toEqual(['afdeling', 'jaar']);
    expect(d.groups).toEqual([
      // 110 + 14 + 38 = 162; 120 + 15 + 40 = 175
      { key: { afdeling: 'Zorg', jaar: '2023' }, total: 162, counts: { nederland: 110, europa: 14, 'buiten-europa': 38 } },
      { key: { afdeling: 'Zorg', jaar: '2024' }, total: 175, counts: { nederland: 120, europa: 15, 'buiten-europa': 40 } },
      // 28 + 5 + 8 = 41; 30 + 5 + 9 = 44
      { key: { afdeling: 'Staf', jaar: '2023' }, total: 41, counts: { nederland: 28, europa: 5, 'buiten-europa': 8 } },
      { key: { afdeling: 'Staf', jaar: '2024' }, total: 44, counts: { nederland: 30, europa: 5, 'buiten-europa': 9 } },
    ]);
  });

  it('reads years as columns (2022;2023;2024) as a year dimension, CR-only line ends', () => {
    const d = datasetOf(importTable(fixture('years-as-columns-cr.csv')));
    expect(d.dimensions).toEqual(['afdeling', 'jaar']);
    expect(d.dimensionLabels?.jaar).toBe('Jaar');
    const zorg = d.groups.filter((g) => g.key.afdeling === 'Zorg').map((g) => [g.key.jaar, g.total]);
    // 100 + 12 + 30 = 142; 110 + 14 + 38 = 162; 120 + 15 + 40 = 175
    expect(zorg).toEqual([['2022', 142], ['2023', 162], ['2024', 175]]);
    expect(d.groups.find((g) => g.key.afdeling === 'Staf' && g.key.jaar === '2022')?.counts).toEqual({ nederland: 25, europa: 4, 'buiten-europa': 7 });
  });
});

describe('Excel pivot tables as pasted or saved (issue 15, item 4)', () => {
  it('reads a pasted pivot: filter and title lines above, Rijlabels, (leeg), Eindtotaal, blanks as 0', () => {
    const result = importTable(fixture('pivot-pasted.tsv'));
    const d = datasetOf(result);
    expect(d.dimensions).toEqual(['groep']);
    expect(d.groups).toEqual([
      // Staf: Europa blank = 0; (leeg) origin 1 is left out: 24 - 1 = 23
      { key: { groep: 'Staf' }, total: 23, counts: { 'buiten-europa': 3, europa: 0, nederland: 20 } },
      // 5 + 2 + 30 = 37
      { key: { groep: 'Techniek' }, total: 37, counts: { 'buiten-europa': 5, europa: 2, nederland: 30 } },
      // the row label (leeg) is a group of its own: 0 + 1 + 2 = 3
      { key: { groep: '(leeg)' }, total: 3, counts: { 'buiten-europa': 0, europa: 1, nederland: 2 } },
    ]);
    // four blank cells: Staf/Europa, Techniek/(leeg), (leeg)/Buiten Europa, (leeg)/(leeg)
    expect(brief(result)).toEqual([
      { code: 'pivot-blank-zero', row: undefined, column: undefined, severity: 'warning' },
      { code: 'unknown-origin', row: 4, column: '(leeg)', severity: 'warning' },
    ]);
    // the note kept with the dataset: the same warning, four blanks
    expect(d.meta?.importNotes).toEqual([{ code: 'pivot-blank-zero', severity: 'warning', params: { n: 4 } }]);
  });

  it('reads a tabular pivot: labels printed once, subtotal rows checked and never counted', () => {
    const d = datasetOf(importTable(fixture('pivot-tabular.tsv')));
    expect(d.groups).toEqual([
      // Staf Totaal 23 = 3 + 20; Techniek Totaal 37 = 5 + 2 + 30; Eindtotaal 60 = 23 + 37
      { key: { afdeling: 'Staf' }, total: 23, counts: { 'buiten-europa': 3, nederland: 20 } },
      { key: { afdeling: 'Techniek' }, total: 37, counts: { 'buiten-europa': 5, europa: 2, nederland: 30 } },
    ]);
  });

  it('refuses a pivot whose Eindtotaal disagrees, at its row', () => {
    const text = 'Rijlabels\tNederland\tEuropa\tBuiten Europa\tEindtotaal\nA\t1\t\t2\t3\nEindtotaal\t1\t0\t3\t4\n';
    // Buiten Europa: 2 ≠ 3
    expect(brief(importTable(text))).toEqual([
      { code: 'pivot-blank-zero', row: undefined, column: undefined, severity: 'warning' },
      { code: 'total-mismatch', row: 3, column: 'Rijlabels', severity: 'error' },
    ]);
  });
});
