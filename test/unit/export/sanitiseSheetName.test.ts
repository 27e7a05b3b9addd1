import { describe, expect, it } from 'vitest';
import { sanitiseSheetName } from '../../../src/core/export/sanitiseSheetName';

describe('sanitiseSheetName', () => {
  it.each([
    { name: 'Herkomst per afdeling', expected: 'Herkomst per afdeling' },
    { name: 'Herkomst [2024]: A/B?', expected: 'Herkomst 2024 A B' },
    // 'Herkomst per afdeling en functieniveau' is 38 characters; cut at 31
    { name: 'Herkomst per afdeling en functieniveau', expected: 'Herkomst per afdeling en functi' },
    { name: "'Quoted'", expected: 'Quoted' },
    { name: 'History', expected: 'Tabel' },
    { name: '***', expected: 'Tabel' },
    { name: 'Financiën', expected: 'Financiën' },
  ])('$name -> $expected', ({ name, expected }) => {
    expect(sanitiseSheetName(name, 'Tabel')).toBe(expected);
  });
});
