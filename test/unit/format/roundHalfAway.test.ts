import { describe, expect, it } from 'vitest';
import { roundHalfAway, shiftDecimal } from '../../../src/core/format/roundHalfAway';

describe('shiftDecimal', () => {
  it.each([
    // 0.1245 * 100 is 12.450000000000001 in binary arithmetic; the shift is exact
    { value: 0.1245, places: 2, expected: 12.45 },
    { value: 12.45, places: -2, expected: 0.1245 },
    { value: 1e-7, places: 2, expected: 0.00001 },
    { value: -0.5, places: 1, expected: -5 },
  ])('$value shifted by $places is $expected', ({ value, places, expected }) => {
    expect(shiftDecimal(value, places)).toBe(expected);
  });
});

describe('roundHalfAway', () => {
  it.each([
    // halves round away from zero on the printed value
    { value: 12.45, digits: 1, expected: 12.5 }, // toFixed gives 12.4 (binary 12.4499…)
    { value: 1.005, digits: 2, expected: 1.01 }, // toFixed gives 1.00
    { value: 0.125, digits: 2, expected: 0.13 }, // half-even would give 0.12
    { value: 2.5, digits: 0, expected: 3 },
    { value: -2.5, digits: 0, expected: -3 },
    { value: -3.25, digits: 1, expected: -3.3 },
    { value: 12.44, digits: 1, expected: 12.4 },
    { value: 1234.5, digits: 0, expected: 1235 },
    { value: 0, digits: 1, expected: 0 },
  ])('$value to $digits decimals is $expected', ({ value, digits, expected }) => {
    expect(roundHalfAway(value, digits)).toBe(expected);
  });

  it('never returns negative zero', () => {
    // -0.04 to one decimal is 0.0, not -0.0
    expect(Object.is(roundHalfAway(-0.04, 1), 0)).toBe(true);
    expect(Object.is(roundHalfAway(-0, 0), 0)).toBe(true);
  });

  it.each([
    { value: Number.NaN, digits: 1 },
    { value: Number.POSITIVE_INFINITY, digits: 1 },
    { value: 1, digits: -1 },
    { value: 1, digits: 1.5 },
  ])('throws on programmer error: value $value, digits $digits', ({ value, digits }) => {
    expect(() => roundHalfAway(value, digits)).toThrow(RangeError);
  });
});
