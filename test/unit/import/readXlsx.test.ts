import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { importRows, importXlsx } from '../../../src/core/import';
import { looksLikeXlsx, readXlsxRows } from '../../../src/core/import/readXlsx';
import { datasetOf } from './load';

async function workbook(): Promise<Uint8Array> {
  const buffer = await writeXlsxFile([
    { sheet: 'Toelichting', data: [[{ value: 'Dit werkblad bevat uitleg.' }]] },
    {
      sheet: 'Cijfers',
      data: [
        ['Afdeling', 'Nederland', 'Europa', 'Buiten Europa'].map((value) => ({ value })),
        [{ value: 'Zorg' }, { value: 120 }, { value: 15 }, { value: 40 }],
        [{ value: 'Staf' }, { value: 30 }, { value: '.' }, { value: 5 }],
      ],
    },
  ]).toBuffer();
  return new Uint8Array(buffer);
}

describe('readXlsxRows', () => {
  it('lists the sheets and reads the chosen one as rows of text and stored numbers that importRows takes', async () => {
    const bytes = await workbook();
    expect(looksLikeXlsx(bytes)).toBe(true);
    const read = await readXlsxRows(bytes, 'Cijfers');
    if (!read.ok) throw new Error(read.reason);
    expect(read.sheetNames).toEqual(['Toelichting', 'Cijfers']);
    expect(read.rows[1]).toEqual(['Zorg', 120, 15, 40]);
    const d = datasetOf(importRows(read.rows));
    expect(d.groups).toEqual([
      // 120 + 15 + 40 = 175
      { key: { afdeling: 'Zorg' }, total: 175, counts: { nederland: 120, europa: 15, 'buiten-europa': 40 } },
      // Europa '.' is suppressed: 30 + 5 = 35
      { key: { afdeling: 'Staf' }, total: 35, counts: { nederland: 30, 'buiten-europa': 5 }, suppressed: ['europa'] },
    ]);
  });

  it('reads the first sheet by default and reports a missing sheet or non-xlsx bytes', async () => {
    const bytes = await workbook();
    const first = await readXlsxRows(bytes);
    expect(first.ok && first.sheet).toBe('Toelichting');
    expect(await readXlsxRows(bytes, 'Nope')).toEqual({ ok: false, reason: 'no-such-sheet' });
    expect(await readXlsxRows(new TextEncoder().encode('a;b\n1;2'))).toEqual({ ok: false, reason: 'not-xlsx' });
  });
});

describe('importXlsx', () => {
  it('imports the chosen sheet and lists all sheets', async () => {
    const { result, sheetNames, sheet } = await importXlsx(await workbook(), { sheet: 'Cijfers' });
    expect(sheetNames).toEqual(['Toelichting', 'Cijfers']);
    expect(sheet).toBe('Cijfers');
    const d = datasetOf(result);
    expect(d.meta?.format?.encoding).toBe('xlsx');
    // Zorg: 120 + 15 + 40 = 175
    expect(d.groups[0]!.total).toBe(175);
  });

  it('explains a sheet without origin columns, a missing sheet and bytes that are not a workbook', async () => {
    const notes = (await importXlsx(await workbook(), { sheet: 'Toelichting' })).result;
    expect(notes.issues.map((i) => [i.code, i.sheet, i.row, i.column])).toEqual([['no-origin-columns', 'Toelichting', 1, undefined]]); // at the header it found: the first row
    const onlyNotes = new Uint8Array(await writeXlsxFile([
      { sheet: 'A', data: [[{ value: 'Uitleg' }]] },
      { sheet: 'B', data: [[{ value: 'Meer uitleg' }]] },
    ]).toBuffer());
    const none = (await importXlsx(onlyNotes)).result;
    expect(none.issues.map((i) => [i.code, i.row, i.column])).toEqual([['no-table-in-workbook', undefined, undefined]]);
    expect(none.issues[0]!.params).toEqual({ sheets: '"A", "B"' });
    expect((await importXlsx(await workbook(), { sheet: 'Nope' })).result.issues.map((i) => [i.code, i.row, i.column])).toEqual([['no-such-sheet', undefined, undefined]]);
    expect((await importXlsx(new Uint8Array([1, 2, 3]))).result.issues.map((i) => [i.code, i.row, i.column])).toEqual([['not-a-table', undefined, undefined]]);
  });
});
