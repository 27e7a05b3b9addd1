import { describe, expect, it } from 'vitest';
import { startImport } from '../../../src/core/import/importRows';
import { NotPlain } from '../../../src/core/import/openPlainText';
import { readPlainBytes } from '../../../src/core/import/readPlainBytes';

/** Reads `text` as bytes and records which rows went which way. */
function read(text: string) {
  const rows = text.split('\r\n').map((l) => l.split(';'));
  const started = startImport(rows, {}, { encoding: 'utf-8', delimiter: ';', fallbackDecimal: ',' });
  if ('result' in started) throw new Error('not planned');
  const { acc } = started;
  const pushed: number[] = [];
  const inPlace: Array<[string, number, number]> = [];
  const push = acc.push.bind(acc);
  const pushSameGroup = acc.pushSameGroup.bind(acc);
  const pushCodes = acc.pushCodes.bind(acc);
  const opened: Array<[string, number, number]> = [];
  acc.push = (row, n) => (pushed.push(n), push(row, n));
  acc.pushSameGroup = (cell, value, n) => (inPlace.push([cell, value, n]), pushSameGroup(cell, value, n));
  acc.pushCodes = (codes, cell, value, n) => (opened.push([cell, value, n]), pushCodes(codes, cell, value, n));
  const reader = readPlainBytes(new TextEncoder().encode(text), new TextDecoder('utf-8', { fatal: true }), '\r\n', ';', acc, started.headerIndex);
  while (reader.next(2));
  return { pushed, inPlace, opened, acc };
}

describe('readPlainBytes', () => {
  it('reads the rows of a known group with a guessed origin in place, and pushes the others whole', () => {
    const { pushed, inPlace, acc } = read('Jaar;Herkomst;Aantal\r\n2024;Nederland;3\r\n2024;Europa;4\r\n2025;Nederland;5\r\n2025;Europa;12\r\n');
    // Row 2 opens 2024, row 3 is the first 'Europa' (nothing to guess from yet), row 4 opens 2025,
    // row 6 is the empty line after the last newline. Row 5 repeats 2025's bytes and 'Europa'
    // followed 'Nederland' before: read in place, count 12 from its digits.
    expect(pushed).toEqual([2, 3, 4, 6]);
    expect(inPlace).toEqual([['Europa', 12, 5]]);
    expect(acc.rowsRead).toBe(4);
  });

  it('pushes a repeated row whole when its count is not plain digits or it has a cell too many', () => {
    const { pushed, inPlace, opened } = read('Jaar;Herkomst;Aantal\r\n1;Nederland;3\r\n1;Europa;4\r\n2;Nederland;5\r\n2;Europa;1.5\r\n3;Nederland;1\r\n3;Europa;2;\r\n');
    // rows 5 ('1.5') and 7 (a fourth cell) match their group and guess but are not plain: pushed,
    // as are rows 2 and 3 (nothing to guess from yet), 4 (nothing has followed 'Europa' yet) and 8
    // (empty). Row 6 opens group 3 with a guessed 'Nederland' (it followed 'Europa' on row 4): in place.
    expect(inPlace).toEqual([]);
    expect(pushed).toEqual([2, 3, 4, 5, 7, 8]);
    expect(opened).toEqual([['Nederland', 1, 6]]);
  });

  it('opens new groups in place with the labels of their changed cells; a total label is pushed whole', () => {
    const text = 'Jaar;Afdeling;Herkomst;Aantal\r\n2024;Zorg;Nederland;3\r\n2024;Zorg;Europa;4\r\n2024;Staf;Nederland;5\r\n2024;Staf;Europa;6\r\n2025;Staf;Nederland;7\r\n2025;Staf;Europa;8\r\n2025;Totaal;Nederland;12\r\n';
    const { pushed, opened, inPlace, acc } = read(text);
    // rows 2-4 have nothing to guess from; row 6 opens 2025/Staf (only Jaar changed), row 8 holds
    // the total label 'Totaal': pushed whole, as is the empty row 9
    expect(pushed).toEqual([2, 3, 4, 8, 9]);
    expect(opened).toEqual([['Nederland', 7, 6]]);
    expect(inPlace).toEqual([['Europa', 6, 5], ['Europa', 8, 7]]);
    // one reused object per group: read each as it comes
    const groups = Array.from(acc.groupsOf(acc.groups), (g) => [acc.keyOf(g).join('/'), g.row]);
    expect(groups).toEqual([['2024/Zorg', 2], ['2024/Staf', 4], ['2025/Staf', 6]]);
    expect(acc.totals.size).toBe(1);
  });

  it('stops with NotPlain at a quote or at bytes that are not UTF-8 in a line it decodes', () => {
    expect(() => read('Jaar;Herkomst;Aantal\r\n2024;"Nederland";3\r\n')).toThrow(NotPlain);
    const bytes = new TextEncoder().encode('Jaar;Herkomst;Aantal\r\n2024;Nederland;3\r\n');
    bytes[25] = 0xe9;
    const started = startImport([['Jaar', 'Herkomst', 'Aantal']], {}, { encoding: 'utf-8', delimiter: ';', fallbackDecimal: ',' });
    if ('result' in started) throw new Error('not planned');
    const reader = readPlainBytes(bytes, new TextDecoder('utf-8', { fatal: true }), '\r\n', ';', started.acc, 0);
    expect(() => reader.next(10)).toThrow(NotPlain);
  });

  it('gives a cell that comes back after others the code of its label, comparing its bytes', () => {
    const rows = ['2024;M;Nederland;1', '2024;M;Europa;2', '2024;V;Nederland;3', '2024;V;Europa;4', '2025;M;Nederland;5', '2025;M;Europa;6', '2025;V;Nederland;7', '2025;V;Europa;8', '2026;M;Nederland;9', '2026;M;Europa;10', '2026;V;Nederland;11'];
    const { opened, acc } = read(`Jaar;Geslacht;Herkomst;Aantal\r\n${rows.join('\r\n')}\r\n`);
    // rows 2-4 are pushed whole (nothing to guess from yet); from row 6 on every other row opens
    // a group in place, its Geslacht cell differing from the row before. 'M' and 'V' are one byte
    // each: on rows 10 and 12 only their bytes tell which remembered cell (rows 6 and 8) they are.
    expect(opened.map(([, , n]) => n)).toEqual([6, 8, 10, 12]);
    const groups = Array.from(acc.groupsOf(acc.groups), (g) => [acc.keyOf(g).join('/'), g.row, g.vals[0]]);
    expect(groups).toEqual([['2024/M', 2, 1], ['2024/V', 4, 3], ['2025/M', 6, 5], ['2025/V', 8, 7], ['2026/M', 10, 9], ['2026/V', 12, 11]]);
    expect(acc.issues).toEqual([]);
  });
});
