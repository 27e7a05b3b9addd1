import { describe, expect, it } from 'vitest';
import { quoteCsvField } from '../../../src/core/export/quoteCsvField';

describe('quoteCsvField', () => {
  it.each([
    { field: 'Zorg', separator: ';', expected: 'Zorg' },
    { field: 'a;b', separator: ';', expected: '"a;b"' },
    { field: 'a;b', separator: ',', expected: 'a;b' },
    { field: 'a,b', separator: ',', expected: '"a,b"' },
    { field: 'zeg "hoi"', separator: ';', expected: '"zeg ""hoi"""' },
    { field: 'a\nb', separator: ',', expected: '"a\nb"' },
    { field: 'a\rb', separator: ',', expected: '"a\rb"' },
    { field: '', separator: ',', expected: '' },
    { field: '-3,2', separator: ';', expected: '-3,2' },
  ])('$field with $separator -> $expected', ({ field, separator, expected }) => {
    expect(quoteCsvField(field, separator)).toBe(expected);
  });
});
