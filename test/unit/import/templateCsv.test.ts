import { describe, expect, it } from 'vitest';
import { importTable, templateCsv } from '../../../src/core/import';
import { datasetOf } from './load';

describe('templateCsv', () => {
  it.each([
    ['long', 'nl', ';', ['jaar', 'afdeling']],
    ['long', 'en', ',', ['year', 'department']],
    ['wide', 'nl', ';', ['afdeling']],
    ['wide', 'en', ',', ['department']],
    ['percentages', 'nl', ';', ['subgroep']],
    ['percentages', 'en', ',', ['subgroup']],
  ] as const)('%s in %s imports back as that shape', (shape, locale, delimiter, dimensions) => {
    const text = templateCsv(shape, locale);
    expect(text.startsWith('\ufeff')).toBe(true);
    const result = importTable(text);
    expect(result.issues).toEqual([]);
    const d = datasetOf(result);
    expect(d.meta?.format).toMatchObject({ shape, delimiter });
    expect(d.dimensions).toEqual(dimensions);
    expect(d.scheme).toBe('herkomst');
    // every template has two groups; the first has 120 + 15 + 40 = 175 (percentages: 820 employees)
    expect(d.groups).toHaveLength(2);
    expect(d.groups[0]!.total).toBe(shape === 'percentages' ? 820 : 175);
  });
});
