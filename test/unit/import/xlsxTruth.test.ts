import { describe, expect, it } from 'vitest';
import { importXlsx } from '../../../src/core/import';
import { brief, datasetOf, fixture } from './load';

describe('XLSX number cells are numbers (issue 15, item 1)', () => {
  it('reads stored numbers as they are and text cells by the dialect rules', async () => {
    const { result } = await importXlsx(fixture('number-cells.xlsx'));
    const d = datasetOf(result);
    expect(d.groups).toEqual([
      // 1234 stored; the text '1.050' read with Dutch thousands as 1050; 1234 + 1050 + 40 = 2324
      { key: { afdeling: 'Zorg' }, total: 2324, counts: { nederland: 1234, europa: 1050, 'buiten-europa': 40 } },
      // 1200 + 2 + 3 = 1205
      { key: { afdeling: 'Staf' }, total: 1205, counts: { nederland: 1200, europa: 2, 'buiten-europa': 3 } },
    ]);
    // only the text cell could be read two ways, and says so
    expect(brief(result)).toEqual([{ code: 'ambiguous-number', row: 2, column: 'Europa', severity: 'warning' }]);
  });

  it('refuses a stored fraction in a count column at its cell, naming the sheet', async () => {
    const { result } = await importXlsx(fixture('number-cells-fraction.xlsx'));
    expect(brief(result)).toEqual([{ code: 'fractional-count', row: 2, column: 'Nederland', severity: 'error' }]);
    expect(result.issues[0]!.sheet).toBe('Blad1');
    expect(result.issues[0]!.params).toEqual({ value: 1.5 });
  });

  it('reads a percent-formatted 0.655 as 65.5%', async () => {
    const d = datasetOf((await importXlsx(fixture('percent-cells.xlsx'))).result);
    expect(d.meta?.fromPercentages).toBe(true);
    // 200 × 65.5% = 131; 200 × 14.5% = 29; 200 × 20% = 40
    expect(d.groups).toEqual([
      { key: { afdeling: 'Zorg' }, total: 200, counts: { nederland: 131, europa: 29, 'buiten-europa': 40 } },
    ]);
  });
});

describe('workbooks shaped as Excel saves them (issue 15, items 4, 5 and 8)', () => {
  it('reads a saved pivot table and passes over the per-person data sheet behind it', async () => {
    const { result, sheet } = await importXlsx(fixture('pivot-saved.xlsx'));
    expect(sheet).toBe('Draaitabel');
    const d = datasetOf(result);
    expect(d.groups).toEqual([
      // Staf: Europa absent = 0; (leeg) 1 left out: 24 - 1 = 23
      { key: { groep: 'Staf' }, total: 23, counts: { 'buiten-europa': 3, europa: 0, nederland: 20 } },
      // 5 + 2 + 30 = 37 (the absent (leeg) cell is 0)
      { key: { groep: 'Techniek' }, total: 37, counts: { 'buiten-europa': 5, europa: 2, nederland: 30 } },
    ]);
    expect(result.issues.map((i) => [i.code, i.sheet])).toEqual([
      ['pivot-blank-zero', 'Draaitabel'],
      ['unknown-origin', 'Draaitabel'],
    ]);
  });

  it('refuses the per-person sheet when the user picks it, naming the sheet', async () => {
    const { result } = await importXlsx(fixture('pivot-saved.xlsx'), { sheet: 'Gegevens' });
    expect(brief(result)).toEqual([{ code: 'person-identifying-column', row: 1, column: 'Personeelsnummer', severity: 'error' }]);
    expect(result.issues[0]!.sheet).toBe('Gegevens');
  });

  it('reads years as number-cell headers below a title, the source line left out', async () => {
    const d = datasetOf((await importXlsx(fixture('years-as-columns.xlsx'))).result);
    expect(d.dimensions).toEqual(['afdeling', 'jaar']);
    expect(d.groups).toEqual([
      // 110 + 14 + 38 = 162; 120 + 15 + 40 = 175
      { key: { afdeling: 'Zorg', jaar: '2023' }, total: 162, counts: { nederland: 110, europa: 14, 'buiten-europa': 38 } },
      { key: { afdeling: 'Zorg', jaar: '2024' }, total: 175, counts: { nederland: 120, europa: 15, 'buiten-europa': 40 } },
    ]);
  });
});
