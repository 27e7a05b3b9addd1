import { describe, expect, it } from 'vitest';
import { toCsvBytes } from '../../../src/core/export/toCsvBytes';
import type { ExportTable } from '../../../src/core/export/types';

const table: ExportTable = {
  title: 'Financiën',
  locale: 'nl',
  columns: [{ id: 'a', label: 'ë', kind: 'text' }],
  rows: [],
  notes: [],
};

describe('toCsvBytes', () => {
  it('nl-excel: UTF-8 with a BOM', () => {
    // BOM EF BB BF, then 'Financiën' (ë = C3 AB), CRLF, CRLF, 'ë', CRLF
    const expected = [
      0xef, 0xbb, 0xbf, 0x46, 0x69, 0x6e, 0x61, 0x6e, 0x63, 0x69, 0xc3, 0xab, 0x6e, 0x0d, 0x0a, 0x0d, 0x0a, 0xc3, 0xab,
      0x0d, 0x0a,
    ];
    expect(Array.from(toCsvBytes(table, 'nl-excel'))).toEqual(expected);
  });

  it('machine: UTF-8 without a BOM', () => {
    // 'ë' CRLF, header only
    expect(Array.from(toCsvBytes(table, 'machine'))).toEqual([0xc3, 0xab, 0x0d, 0x0a]);
  });
});
