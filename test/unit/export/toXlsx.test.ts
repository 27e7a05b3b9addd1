import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../../src/core/export/toXlsx';
import { sampleTable } from './sampleTable';

describe('toXlsx', () => {
  it('produces a file that read-excel-file reads back with number and text cells', async () => {
    const bytes = await toXlsx(sampleTable());
    // an .xlsx file is a zip archive: it starts with 'PK'
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const rows = await readSheet(Buffer.from(bytes));
    expect(rows).toEqual([
      ['Herkomst per afdeling', null, null, null, null],
      [null, null, null, null, null],
      [
        'Afdeling',
        'Medewerkers',
        'Aandeel Europa (%)',
        'Verschil Europa (procentpunt)',
        'Index Europa (index, 1 = gelijk aan benchmark)',
      ],
      ['Zorg', 1234, 0.125, -3.2, 0.845],
      ["'-Afdeling", 60, '.', '.', '.'],
      [`'=HYPERLINK("http://x","klik")`, 250, 0.1245, 2.05, 1],
      ['Financiën; inkoop', 30.75, 0.5, 0, null],
      [null, null, null, null, null],
      ['Bron: eigen registratie 2024', null, null, null, null],
      ['. = onderdrukt: groep kleiner dan 50 of cel kleiner dan 10', null, null, null, null],
    ]);
    // the gap is a number, not the text '-3.2'
    expect(typeof rows[3]?.[3]).toBe('number');
  });

  it('keeps markup in a label as text', async () => {
    const table = { ...sampleTable(), rows: [{ afdeling: '<img src=x onerror=alert(1)> & co' }] };
    const rows = await readSheet(Buffer.from(await toXlsx(table)));
    expect(rows[3]?.[0]).toBe('<img src=x onerror=alert(1)> & co');
  });
});
