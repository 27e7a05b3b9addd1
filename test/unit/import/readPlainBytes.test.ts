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
  acc.push = (row, n) => (pushed.push(n), push(row, n));
  acc.pushSameGroup = (cell, value, n) => (inPlace.push([cell, value, n]), pushSameGroup(cell, value, n));
  const reader = readPlainBytes(new TextEncoder().encode(text), new TextDecoder('utf-8', { fatal: true }), '\r\n', ';', acc, started.headerIndex);
  while (reader.next(2));
  return { pushed, inPlace, acc };
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
    const { pushed, inPlace } = read('Jaar;Herkomst;Aantal\r\n1;Nederland;3\r\n1;Europa;4\r\n2;Nederland;5\r\n2;Europa;1.5\r\n3;Nederland;1\r\n3;Europa;2;\r\n');
    // rows 5 ('1.5') and 7 (a fourth cell) match their group and guess but are not plain: pushed,
    // as is every other row (2, 4, 6 open groups; 3 has nothing to guess from; 8 is empty)
    expect(inPlace).toEqual([]);
    expect(pushed).toEqual([2, 3, 4, 5, 6, 7, 8]);
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
});
