import { describe, expect, it } from 'vitest';
import { toPlainDecimal } from '../../../src/core/format/toPlainDecimal';

describe('toPlainDecimal', () => {
  it.each([
    { value: 12.45, expected: '12.45' },
    { value: -3.2, expected: '-3.2' },
    { value: 0, expected: '0' },
    { value: -0, expected: '0' },
    { value: 1234, expected: '1234' },
    { value: 1e-7, expected: '0.0000001' },
    { value: -1.5e-8, expected: '-0.000000015' },
    { value: 1.5e21, expected: '1500000000000000000000' },
  ])('$value -> $expected', ({ value, expected }) => {
    expect(toPlainDecimal(value)).toBe(expected);
  });

  it('throws on a non-finite number', () => {
    expect(() => toPlainDecimal(Number.NaN)).toThrow(RangeError);
  });
});
