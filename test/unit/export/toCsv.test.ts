import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/core/export/toCsv';
import type { ExportTable } from '../../../src/core/export/types';
import { sampleTable } from './sampleTable';

describe('toCsv nl-excel', () => {
  it('writes ; separators, decimal commas, CRLF, title above and notes below', () => {
    const expected = [
      'Herkomst per afdeling',
      '',
      'Afdeling;Medewerkers;Aandeel Europa (%);Verschil Europa (procentpunt);Index Europa (index, 1 = gelijk aan benchmark)',
      // 0.125 -> 12,5; −3.2 stays a number with ASCII '-'; index 0.845 -> 0,85 (half away from zero)
      'Zorg;1234;12,5;-3,2;0,85',
      // suppressed values are '.', the label starting with '-' is neutralised
      "'-Afdeling;60;.;.;.",
      // 249/2000 = 12.45% -> 12,5; 2.05 -> 2,1; the guarded formula is quoted for its double quotes
      `"'=HYPERLINK(""http://x"",""klik"")";250;12,5;2,1;1,00`,
      // the ; inside the label forces quotes; 30.75 persons -> 31; no index: empty field
      '"Financiën; inkoop";31;50,0;0,0;',
      '',
      'Bron: eigen registratie 2024',
      '. = onderdrukt: groep kleiner dan 50 of cel kleiner dan 10',
      '',
    ].join('\r\n');
    expect(toCsv(sampleTable(), 'nl-excel')).toBe(expected);
  });

  it('leaves out the blank line and notes block when there are no notes', () => {
    const table: ExportTable = { ...sampleTable(), rows: [], notes: [] };
    expect(toCsv(table, 'nl-excel')).toBe(
      'Herkomst per afdeling\r\n\r\n' +
        'Afdeling;Medewerkers;Aandeel Europa (%);Verschil Europa (procentpunt);Index Europa (index, 1 = gelijk aan benchmark)\r\n',
    );
  });

  it('uses English unit words for an English table', () => {
    const table: ExportTable = { ...sampleTable('en'), rows: [], notes: [] };
    expect(toCsv(table, 'nl-excel').split('\r\n')[2]).toBe(
      'Afdeling;Medewerkers;Aandeel Europa (%);Verschil Europa (percentage points);Index Europa (index, 1 = equal to benchmark)',
    );
  });
});

describe('toCsv machine', () => {
  it('writes RFC 4180 with , and decimal points, header and rows only, numbers unrounded', () => {
    const expected = [
      // the index header holds a comma, so it is quoted
      'Afdeling,Medewerkers,Aandeel Europa (%),Verschil Europa (procentpunt),"Index Europa (index, 1 = gelijk aan benchmark)"',
      // shares as percentages, unrounded: 0.125 -> 12.5, 0.1245 -> 12.45
      'Zorg,1234,12.5,-3.2,0.845',
      "'-Afdeling,60,.,.,.",
      `"'=HYPERLINK(""http://x"",""klik"")",250,12.45,2.05,1`,
      // ';' is no separator here: no quotes; 30.75 persons kept as is
      'Financiën; inkoop,30.75,50,0,',
      '',
    ].join('\r\n');
    expect(toCsv(sampleTable(), 'machine')).toBe(expected);
  });
});

describe('toCsv quoting and guarding (both dialects)', () => {
  const labels = [
    'regel 1\nregel 2',
    '\tTab',
    '\rCR',
    '+31 20',
    '@SUM(A1)',
    'Zeg "hoi"',
    'Gewoon, met komma',
    'Gewoon; met puntkomma',
    '<b>vet</b>',
  ];
  const table: ExportTable = {
    title: '=titel',
    locale: 'nl',
    units: { pp: 'procentpunt' },
    columns: [
      { id: 'label', label: '-kop', kind: 'text' },
      { id: 'jaar', label: 'Jaar', kind: 'text' },
      { id: 'gap', label: 'Verschil', kind: 'pp' },
    ],
    rows: labels.map((label) => ({ label, jaar: 2024, gap: -0.04 })),
    notes: ['+noot'],
  };

  it.each(['nl-excel', 'machine'] as const)('%s: parses back to the guarded texts and the numbers', (dialect) => {
    const text = toCsv(table, dialect);
    const parsed = Papa.parse<string[]>(text.replace(/\r\n$/, ''), {
      delimiter: dialect === 'nl-excel' ? ';' : ',',
      newline: '\r\n',
    });
    expect(parsed.errors).toEqual([]);
    const records = dialect === 'nl-excel' ? parsed.data.slice(2, 2 + labels.length + 1) : parsed.data;
    expect(records[0]).toEqual(["'-kop", 'Jaar', 'Verschil (procentpunt)']);
    // −0.04 points rounds to 0,0 in nl-excel (never '-0,0'); machine keeps -0.04 as a number
    const gap = dialect === 'nl-excel' ? '0,0' : '-0.04';
    expect(records.slice(1)).toEqual([
      ['regel 1\nregel 2', '2024', gap],
      ["'\tTab", '2024', gap],
      ["'\rCR", '2024', gap],
      ["'+31 20", '2024', gap],
      ["'@SUM(A1)", '2024', gap],
      ['Zeg "hoi"', '2024', gap],
      ['Gewoon, met komma', '2024', gap],
      ['Gewoon; met puntkomma', '2024', gap],
      ['<b>vet</b>', '2024', gap],
    ]);
  });

  it('guards the title and the notes of the nl-excel file', () => {
    const lines = toCsv(table, 'nl-excel').split('\r\n');
    expect(lines[0]).toBe("'=titel");
    expect(lines.at(-2)).toBe("'+noot");
  });

  it('writes fractional numbers in a text column with the dialect\'s decimal mark, unguarded', () => {
    const yearTable: ExportTable = {
      title: 't',
      locale: 'nl',
      columns: [{ id: 'x', label: 'x', kind: 'text' }],
      rows: [{ x: -2.5 }],
      notes: [],
    };
    expect(toCsv(yearTable, 'nl-excel')).toBe('t\r\n\r\nx\r\n-2,5\r\n');
    expect(toCsv(yearTable, 'machine')).toBe('x\r\n-2.5\r\n');
  });

  it('throws on a non-finite number, which publish() never lets through', () => {
    const bad: ExportTable = { ...sampleTable(), rows: [{ afdeling: 'x', totaal: Number.NaN }] };
    expect(() => toCsv(bad, 'nl-excel')).toThrow(RangeError);
  });
});
