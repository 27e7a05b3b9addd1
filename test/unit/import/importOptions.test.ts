import { describe, expect, it } from 'vitest';
import { importRows, importTable, importTableAsync } from '../../../src/core/import';
import { brief, datasetOf } from './load';

describe('importTable: overrides', () => {
  it('a forced delimiter wins over the sniffed one', () => {
    // sniffing picks ';' (one per line); forced ',' splits 'A;x' differently: 'A;x' is one label
    const text = 'Afdeling,Nederland,Europa,Buiten Europa\nA;x,1,2,3\n';
    expect(datasetOf(importTable(text, { delimiter: ',' })).groups[0]!.key).toEqual({ afdeling: 'A;x' });
  });

  it('a forced decimal separator settles an ambiguous "1.234" without a warning', () => {
    // decimal ',' => '.' is the thousands separator: 1.234 = 1234
    const result = importTable('Afdeling;Nederland;Europa;Buiten Europa\nA;1.234;2;3\n', { decimal: ',' });
    expect(result.issues).toEqual([]);
    expect(datasetOf(result).groups[0]!.counts.nederland).toBe(1234);
    // decimal '.' => 1.234 is a fraction, which a count cannot be
    expect(brief(importTable('Afdeling;Nederland;Europa;Buiten Europa\nA;1.234;2;3\n', { decimal: '.' }))).toEqual([
      { code: 'fractional-count', row: 2, column: 'Nederland', severity: 'error' },
    ]);
  });

  it('a forced encoding wins over the fallback', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Afdeling;Nederland;Europa;Buiten Europa\nCura'), 0xe7, ...new TextEncoder().encode('ao;1;2;3\n')]);
    expect(datasetOf(importTable(bytes)).groups[0]!.key.afdeling).toBe('Curaçao');
    expect(datasetOf(importTable(bytes, { encoding: 'windows-1252' })).meta?.format?.encoding).toBe('windows-1252');
  });

  it('a column mapping names dimensions, counts and categories the synonyms do not know', () => {
    const text = 'Unit;Soort;N1;N2;N3\nA;x;1;2;3\n';
    const d = datasetOf(
      importTable(text, {
        mapping: {
          Unit: { kind: 'dimension', id: 'unit' },
          Soort: { kind: 'ignore' },
          N1: { kind: 'category', id: 'nederland' },
          N2: { kind: 'category', id: 'europa' },
          N3: { kind: 'category', id: 'turkije' },
        },
      }),
    );
    // 1 + 2 + 3 = 6; turkije rolls up into buiten-europa
    expect(d.groups).toEqual([
      { key: { unit: 'A' }, total: 6, counts: { nederland: 1, europa: 2, 'buiten-europa': 3 }, detail: { turkije: 3 } },
    ]);
  });

  it('a forced scheme reports labels of the other scheme as unknown', () => {
    const result = importTable('Afdeling;Nederland;Europa;Buiten Europa\nA;1;2;3\n', { scheme: 'migratieachtergrond' });
    expect(brief(result).map((i) => [i.code, i.column])).toEqual([
      ['unknown-category', 'Nederland'],
      ['unknown-category', 'Europa'],
      ['unknown-category', 'Buiten Europa'],
    ]);
  });

  it('skips a title line above the header in a CSV file', () => {
    const d = datasetOf(importTable('Tabel 1: herkomst;;;\nAfdeling;Nederland;Europa;Buiten Europa\nA;1;2;3\n'));
    // 1 + 2 + 3 = 6
    expect(d.groups).toEqual([{ key: { afdeling: 'A' }, total: 6, counts: { nederland: 1, europa: 2, 'buiten-europa': 3 } }]);
  });

  it('keeps the file name in the metadata', () => {
    const d = datasetOf(importTable('Afdeling;Nederland;Europa;Buiten Europa\nA;1;2;3\n', { fileName: 'hr.csv' }));
    expect(d.meta?.fileName).toBe('hr.csv');
  });
});

describe('importRows', () => {
  it('imports cells already split, numbering rows as a spreadsheet does (blank rows count)', () => {
    const rows = [[], ['Afdeling', 'Herkomst', 'Aantal'], ['A', 'Nederland', '5'], [''], ['A', 'Europa', '-2']];
    // header on row 2, the negative count on row 5
    expect(brief(importRows(rows))).toEqual([{ code: 'negative-count', row: 5, column: 'Aantal', severity: 'error' }]);
  });

  it('reads Excel-pasted TSV cells with decimal commas', () => {
    const rows = [['Team', 'Aantal medewerkers', 'Nederland (%)', 'Europa (%)', 'Buiten Europa (%)'], ['A', '200', '75,5', '9,5', '15']];
    const d = datasetOf(importRows(rows));
    // 200 × 75.5% = 151
    expect(d.groups[0]!.counts.nederland).toBeCloseTo(151, 9);
    expect(d.meta?.format).toMatchObject({ decimal: ',', shape: 'percentages' });
  });

  it('finds the header below title and note rows, keeping spreadsheet row numbers', () => {
    const rows = [['Tabel 1: medewerkers naar herkomst', '', ''], ['Bron: eigen registratie', '', ''], [], ['Afdeling', 'Herkomst', 'Aantal'], ['A', 'Nederland', '-1']];
    // header on row 4, the negative count on row 5
    expect(brief(importRows(rows))).toEqual([{ code: 'negative-count', row: 5, column: 'Aantal', severity: 'error' }]);
  });

  it('says an empty grid is empty', () => {
    expect(brief(importRows([]))).toEqual([{ code: 'empty-file', row: undefined, column: undefined, severity: 'error' }]);
  });
});

// Generous timeouts: each test imports 90 000 rows or more, on a shared machine.
describe('progress and cancellation', { timeout: 60_000 }, () => {
  const big = () => {
    const lines = ['Afdeling;Herkomst;Aantal'];
    // 30 000 groups × 3 origins; each group 1 + 2 + 3 = 6, so the grand total is 180 000
    for (let i = 0; i < 30_000; i++) lines.push(`U${i};Nederland;1`, `U${i};Europa;2`, `U${i};Buiten Europa;3`);
    return lines.join('\n');
  };

  it('reports rising progress up to 1', () => {
    const seen: number[] = [];
    const d = datasetOf(importTable(big(), { onProgress: (f) => seen.push(f) }));
    expect(d.groups.reduce((s, g) => s + g.total, 0)).toBe(180_000);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
  });

  it('stops synchronously when the signal flips during the parse', () => {
    const signal = { aborted: false };
    const result = importTable(big(), { signal, onProgress: () => (signal.aborted = true) });
    expect(brief(result)).toEqual([{ code: 'cancelled', row: undefined, column: undefined, severity: 'error' }]);
  });

  it('the async variant yields, so a cancel that arrives between slices stops it', async () => {
    const signal = { aborted: false };
    setTimeout(() => (signal.aborted = true), 0);
    const result = await importTableAsync(big() + '\n' + big().split('\n').slice(1).map((l) => 'X' + l).join('\n'), { signal });
    expect(result.issues.map((i) => [i.code, i.row, i.column])).toEqual([['cancelled', undefined, undefined]]);
  });

  it('the async variant gives the same dataset as the sync one', async () => {
    const text = big();
    const seen: number[] = [];
    const asyncResult = await importTableAsync(text, { onProgress: (f) => seen.push(f) });
    expect(asyncResult).toEqual(importTable(text));
    expect(seen.at(-1)).toBe(1);
  });
});

describe('streaming across papaparse chunks (1 MiB)', { timeout: 60_000 }, () => {
  it('keeps quoted newlines and delimiters intact when a field spans a chunk boundary', () => {
    const lines = ['"Afdeling";"Herkomst";"Aantal"'];
    // 40 000 groups, each "Unit i\n(a;b)" with Nederland 2 + Europa 3 = 5: about 1.5 MB, so
    // several fields straddle chunk boundaries; the grand total is 40 000 × 5 = 200 000
    for (let i = 0; i < 40_000; i++) lines.push(`"Unit ${i}\r\n(a;b)";"Nederland";"2"`, `"Unit ${i}\r\n(a;b)";"Europa";"3"`);
    const d = datasetOf(importTable(lines.join('\r\n')));
    expect(d.groups).toHaveLength(40_000);
    expect(d.groups.reduce((s, g) => s + g.total, 0)).toBe(200_000);
    expect(d.groups[39_999]!.key.afdeling).toBe('Unit 39999\r\n(a;b)');
  });
});
