import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { runImport, PREVIEW_ROWS, type ImportOutcome } from '../../../src/core/importPreview';
import { bytesOf, sample } from './samples';

const fileOf = (name: string) => ({ kind: 'bytes' as const, bytes: sample(name), fileName: name });
const roles = (o: ImportOutcome) => o.preview.columns.map((c) => [c.header, c.role.kind === 'dimension' ? `dimension:${c.role.id}` : c.role.kind]);

describe('runImport: what the screen is told about each shared sample', () => {
  it('long-counts.csv: UTF-8, ";", LF, long, herkomst; the first 50 of 56 records', async () => {
    const o = await runImport(fileOf('long-counts.csv'));
    expect(o.result.ok).toBe(true);
    expect(o.preview.detected).toEqual({
      source: 'bytes', encoding: 'utf-8', delimiter: ';', lineEnding: 'lf', decimal: ',', thousands: '.', shape: 'long', scheme: 'herkomst',
    });
    // 55 lines + the empty record after the final newline = 56 records; the grid holds 50.
    expect(o.preview.rows).toHaveLength(PREVIEW_ROWS);
    expect(o.preview.rows[0]).toEqual({ row: 1, cells: ['Jaar', 'Directie', 'Functieniveau', 'Herkomst', 'Aantal'] });
    expect(o.preview.rows[1]).toEqual({ row: 2, cells: ['2023', 'Klantenservice', 'Uitvoerend', 'Nederland', '63'] });
    expect(o.preview.headerRow).toBe(1);
    expect(roles(o)).toEqual([
      ['Jaar', 'dimension:jaar'], ['Directie', 'dimension:directie'], ['Functieniveau', 'dimension:functieniveau'],
      ['Herkomst', 'origin'], ['Aantal', 'count'],
    ]);
    expect(o.preview.columns.every((c) => !c.chosen)).toBe(true);
  });

  it('cbs-barometer-output.csv: BOM dropped, CRLF, decimal comma, percentages', async () => {
    const o = await runImport(fileOf('cbs-barometer-output.csv'));
    expect(o.result.ok).toBe(true);
    expect(o.preview.detected).toMatchObject({ encoding: 'utf-8', delimiter: ';', lineEnding: 'crlf', decimal: ',', shape: 'percentages', scheme: 'herkomst' });
    expect(o.preview.header[0]).toBe('Subgroep');
    expect(o.preview.columns.map((c) => c.role)).toEqual([
      { kind: 'dimension', id: 'subgroep' }, { kind: 'count' },
      { kind: 'category', id: 'nederland' }, { kind: 'category', id: 'europa' }, { kind: 'category', id: 'buiten-europa' },
    ]);
  });

  it('legacy-wide.csv: Windows-1252 (ç read right), legacy scheme, and the dataset records that encoding', async () => {
    const o = await runImport(fileOf('legacy-wide.csv'));
    if (!o.result.ok) throw new Error(JSON.stringify(o.result.issues));
    expect(o.preview.detected).toMatchObject({ encoding: 'windows-1252', lineEnding: 'crlf', shape: 'wide', scheme: 'migratieachtergrond' });
    expect(o.preview.rows[3]?.cells[0]).toBe('Kantoor Curaçao');
    expect(o.result.dataset.meta?.format?.encoding).toBe('windows-1252');
  });

  it('REFUSE-person-level.csv: refused, with both identifying columns marked as such', async () => {
    const o = await runImport(fileOf('REFUSE-person-level.csv'));
    expect(o.result.ok).toBe(false);
    expect(o.result.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['person-identifying-column', 1, 'Personeelsnummer'],
      ['person-identifying-column', 1, 'Naam'],
    ]);
    expect(roles(o)).toEqual([['Personeelsnummer', 'person'], ['Naam', 'person'], ['Afdeling', 'dimension:afdeling'], ['Herkomst', 'origin']]);
    // Nothing decided about the numbers or shape of a refused file.
    expect(o.preview.detected.shape).toBeUndefined();
    // No person's row reaches the screen: the header only.
    expect(o.preview.rows).toEqual([{ row: 1, cells: ['Personeelsnummer', 'Naam', 'Afdeling', 'Herkomst'] }]);
  });
});

describe('runImport: sources, overrides and issue rows', () => {
  it('brings rows an issue points at beyond the preview into issueRows, and only those', async () => {
    // Header + 80 units; unit 5 (row 6) and unit 70 (row 71) have a negative count.
    const lines = ['Afdeling;Nederland;Europa;Buiten Europa'];
    for (let u = 1; u <= 80; u++) lines.push(`U${u};10;${u === 5 || u === 70 ? -1 : 2};3`);
    const o = await runImport({ kind: 'text', text: lines.join('\n') });
    expect(o.result.issues.map((i) => [i.code, i.row, i.column])).toEqual([['negative-count', 6, 'Europa'], ['negative-count', 71, 'Europa']]);
    expect(o.preview.issueRows).toEqual([{ row: 71, cells: ['U70', '10', '-1', '3'] }]);
    expect(o.preview.detected).toMatchObject({ source: 'text', delimiter: ';' });
    expect(o.preview.detected.encoding).toBeUndefined();
  });

  it('reads pasted Excel text (tabs) and rows alike', async () => {
    const pasted = await runImport({ kind: 'text', text: 'Afdeling\tNederland\tEuropa\tBuiten Europa\r\nZorg\t12\t3\t5\r\n' });
    expect(pasted.preview.detected).toMatchObject({ delimiter: '\t', lineEnding: 'crlf', shape: 'wide' });
    expect(pasted.result.ok).toBe(true);
    const rows = await runImport({ kind: 'rows', rows: [['Afdeling', 'Nederland', 'Europa', 'Buiten Europa'], ['Zorg', '12', '3', '5']] });
    expect(rows.preview.detected.source).toBe('rows');
    expect(rows.preview.detected.delimiter).toBeUndefined();
    // Zorg: 12 + 3 + 5 = 20
    expect(rows.result.ok && rows.result.dataset.groups[0]?.total).toBe(20);
  });

  it('applies overrides: a wrong delimiter gives one column and no origin columns', async () => {
    const o = await runImport(fileOf('long-counts.csv'), { delimiter: ',' });
    expect(o.preview.detected.delimiter).toBe(',');
    expect(o.preview.header).toEqual(['Jaar;Directie;Functieniveau;Herkomst;Aantal']);
    expect(o.result.ok).toBe(false);
    expect(o.result.issues.map((i) => [i.code, i.row, i.column])).toEqual([['no-origin-columns', 1, undefined]]); // at the header row: one column, 'Jaar;Directie;…'
  });

  it('shows a user mapping as chosen and imports by it', async () => {
    const mapping = { Directie: { kind: 'dimension' as const, id: 'afdeling' }, Functieniveau: { kind: 'dimension' as const, id: 'niveau' } };
    const o = await runImport(fileOf('long-counts.csv'), { mapping });
    expect(o.preview.columns.filter((c) => c.chosen).map((c) => c.header)).toEqual(['Directie', 'Functieniveau']);
    expect(o.result.ok && o.result.dataset.dimensions).toEqual(['jaar', 'afdeling', 'niveau']);
    // Ignoring the level merges three levels into one group: every group × origin repeats.
    const ignored = await runImport(fileOf('long-counts.csv'), { mapping: { Functieniveau: { kind: 'ignore' } } });
    expect(ignored.result.ok).toBe(false);
    // a whole row repeats a group: the row is named, no single column is
    expect(ignored.result.issues.map((i) => [i.code, i.row, i.column])[0]).toEqual(['duplicate-row', 5, undefined]);
  });

  it('finds the sheet that holds the table, lists every sheet and reads a chosen one', async () => {
    const bytes = new Uint8Array(
      await writeXlsxFile([
        { sheet: 'Uitleg', data: [[{ value: 'Toelichting' }]] },
        { sheet: 'Cijfers', data: [['Afdeling', 'Nederland', 'Europa', 'Buiten Europa'].map((value) => ({ value })), [{ value: 'Zorg' }, { value: 120 }, { value: 15 }, { value: 40 }]] },
      ]).toBuffer(),
    );
    const first = await runImport({ kind: 'bytes', bytes, fileName: 'x.xlsx' });
    expect(first.preview.sheets).toEqual(['Uitleg', 'Cijfers']);
    // the notes tab comes first; the table is found on the second
    expect(first.preview.sheet).toBe('Cijfers');
    expect(first.result.ok).toBe(true);
    const notes = await runImport({ kind: 'bytes', bytes, fileName: 'x.xlsx', sheet: 'Uitleg' });
    expect(notes.result.ok).toBe(false);
    expect(notes.result.issues.map((i) => [i.code, i.sheet, i.row, i.column])).toEqual([['no-origin-columns', 'Uitleg', 1, undefined]]);
    const chosen = await runImport({ kind: 'bytes', bytes, fileName: 'x.xlsx', sheet: 'Cijfers' });
    expect(chosen.preview.detected).toMatchObject({ source: 'xlsx', shape: 'wide', scheme: 'herkomst' });
    // Zorg: 120 + 15 + 40 = 175
    expect(chosen.result.ok && chosen.result.dataset.groups[0]?.total).toBe(175);
  });

  it('refuses binary bytes with the engine own error and an empty preview', async () => {
    const o = await runImport({ kind: 'bytes', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), fileName: 'x.png' });
    expect(o.result.issues.map((i) => [i.code, i.row, i.column])).toEqual([['not-a-table', undefined, undefined]]);
    expect(o.preview.rows).toEqual([]);
  });

  it('reports an empty input without a preview', async () => {
    const o = await runImport({ kind: 'bytes', bytes: bytesOf(''), fileName: 'leeg.csv' });
    expect(o.result.issues.map((i) => [i.code, i.row, i.column])).toEqual([['empty-file', undefined, undefined]]);
    expect(o.preview.rows).toEqual([]);
  });
});
