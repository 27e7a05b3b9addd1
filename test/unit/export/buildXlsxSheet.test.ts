import { describe, expect, it } from 'vitest';
import { buildXlsxSheet } from '../../../src/core/export/buildXlsxSheet';
import type { ExportTable } from '../../../src/core/export/types';
import { sampleTable } from './sampleTable';

describe('buildXlsxSheet', () => {
  const sheet = buildXlsxSheet(sampleTable());

  it('lays out title, blank row, bold header, rows, blank row, notes', () => {
    expect(sheet.name).toBe('Herkomst per afdeling');
    expect(sheet.data).toHaveLength(1 + 1 + 1 + 4 + 1 + 2);
    expect(sheet.data[0]).toEqual([{ type: String, value: 'Herkomst per afdeling', fontWeight: 'bold' }]);
    expect(sheet.data[1]).toEqual([null]);
    expect(sheet.data[2]?.[2]).toEqual({ type: String, value: 'Aandeel Europa (%)', fontWeight: 'bold' });
    expect(sheet.data[7]).toEqual([null]);
    expect(sheet.data[8]).toEqual([{ type: String, value: 'Bron: eigen registratie 2024' }]);
  });

  it('writes numbers as number cells with a display format, shares as fractions', () => {
    expect(sheet.data[3]).toEqual([
      { type: String, value: 'Zorg' },
      { type: Number, value: 1234, format: '#,##0' },
      { type: Number, value: 0.125, format: '0.0%' },
      // the gap stays a negative number, no quote in front
      { type: Number, value: -3.2, format: '+0.0;-0.0;0.0' },
      { type: Number, value: 0.845, format: '0.00' },
    ]);
  });

  it('guards text, writes suppressed values as the text "." and absent values as empty', () => {
    expect(sheet.data[4]).toEqual([
      { type: String, value: "'-Afdeling" },
      { type: Number, value: 60, format: '#,##0' },
      { type: String, value: '.', align: 'right' },
      { type: String, value: '.', align: 'right' },
      { type: String, value: '.', align: 'right' },
    ]);
    expect(sheet.data[5]?.[0]).toEqual({ type: String, value: `'=HYPERLINK("http://x","klik")` });
    expect(sheet.data[6]?.[4]).toBeNull();
  });

  it('sizes columns by their header: 10 to 60 characters', () => {
    // 'Afdeling' 8 + 2 -> minimum 10; 'Aandeel Europa (%)' 18 + 2 = 20
    expect(sheet.columns[0]).toEqual({ width: 10 });
    expect(sheet.columns[2]).toEqual({ width: 20 });
  });

  it('falls back to a default sheet name when the title has no usable characters', () => {
    const table: ExportTable = { ...sampleTable('en'), title: '[*?]' };
    // The product's name: the same in every language, so core needs no word for 'table'.
    expect(buildXlsxSheet(table).name).toBe('Barometer');
  });
});
