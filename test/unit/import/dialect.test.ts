import { describe, expect, it } from 'vitest';
import { sniffDelimiter, sniffLineEnding } from '../../../src/core/import/sniffDialect';
import { decodeBytes } from '../../../src/core/import/decodeBytes';

describe('sniffDelimiter', () => {
  it.each([
    ['a;b;c\n1;2,5;3\n', ';'],
    ['a,b,c\n1,2.5,3\n', ','],
    ['a\tb\tc\n1\t2,5\t3\n', '\t'],
    ['a|b|c\n1|2,5|3\n', '|'],
    ['"a;x",b,c\n"1;2",2,3\n', ','],
    ['a;b\n1,5;2\n', ';'],
  ])('%j -> %j', (text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });
});

describe('sniffLineEnding', () => {
  it.each([
    ['a\r\nb', 'crlf'],
    ['a\nb', 'lf'],
    ['a\rb', 'cr'],
    ['"x\ny"\r\nb', 'crlf'],
    ['single', 'lf'],
  ])('%j -> %s', (text, expected) => {
    expect(sniffLineEnding(text)).toBe(expected);
  });
});

describe('decodeBytes', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it.each([
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xab), 'aë', 'utf-8'],
    ['UTF-8 without BOM', bytes(0x61, 0xc3, 0xab), 'aë', 'utf-8'],
    ['Windows-1252 (ë = 0xEB, € = 0x80)', bytes(0x61, 0xeb, 0x80), 'aë€', 'windows-1252'],
    ['UTF-16LE with BOM', bytes(0xff, 0xfe, 0x61, 0x00, 0xeb, 0x00), 'aë', 'utf-16le'],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0xeb), 'aë', 'utf-16be'],
  ])('%s', (_, input, text, encoding) => {
    expect(decodeBytes(input)).toEqual({ text, encoding, bom: encoding !== 'windows-1252' && input[0]! > 0x7f });
  });

  it('obeys a forced encoding', () => {
    expect(decodeBytes(bytes(0x61, 0xc3, 0xab), 'windows-1252')).toMatchObject({ text: 'aÃ«' });
  });

  it.each([
    ['NUL bytes', bytes(0x61, 0x00, 0x62)],
    ['many control characters', bytes(1, 2, 3, 4, 5, 6, 7, 8)],
  ])('calls %s binary', (_, input) => {
    expect(decodeBytes(input)).toEqual({ binary: true });
  });
});
