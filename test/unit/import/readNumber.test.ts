import { describe, expect, it } from 'vitest';
import { isAmbiguous, readNumber, sniffNumberFormat, type NumberFormat } from '../../../src/core/import/readNumber';

const NL: NumberFormat = { decimal: ',', thousands: '.', decimalKnown: true };
const EN: NumberFormat = { decimal: '.', thousands: ',', decimalKnown: true };
const UNKNOWN: NumberFormat = { decimal: ',', thousands: '.', decimalKnown: false };

describe('readNumber', () => {
  it.each([
    ['12', NL, 12],
    [' 12 ', NL, 12],
    ['1.234', NL, 1234],
    ['1.234.567', NL, 1234567],
    ['1.234,5', NL, 1234.5],
    ['74,1', NL, 74.1],
    ['1,234', EN, 1234],
    ['1,234.5', EN, 1234.5],
    ['74.1', EN, 74.1],
    ['1 234', NL, 1234],
    ['1\u00a0234', EN, 1234],
    ['74,1%', NL, 74.1],
    ['74,1 %', NL, 74.1],
    ['-3', NL, -3],
    ['−3', NL, -3],
    ['+3', NL, 3],
  ])('%j in %j is %d', (cell, fmt, expected) => {
    expect(readNumber(cell, fmt)).toBe(expected);
  });

  it.each(['.', 'x', 'X', '-', '<5', '< 10', '..'])('%j is suppressed at the source', (cell) => {
    expect(readNumber(cell, NL)).toBe('suppressed');
  });

  it.each([['', 'empty'], ['  ', 'empty'], ['veel', 'invalid'], ['1,2,3', 'invalid'], ['12a', 'invalid'], ['1.23.4', 'invalid']])(
    '%j is %s',
    (cell, expected) => {
      expect(readNumber(cell, NL)).toBe(expected);
    },
  );

  it('reads an ambiguous "1.234" as thousands for counts and as a decimal otherwise, and says it is ambiguous', () => {
    expect(readNumber('1.234', UNKNOWN, true)).toBe(1234);
    expect(readNumber('1,234', UNKNOWN, true)).toBe(1234);
    expect(readNumber('1,234', UNKNOWN, false)).toBe(1.234);
    expect(isAmbiguous('1.234', UNKNOWN)).toBe(true);
    expect(isAmbiguous('1.234', NL)).toBe(false);
    expect(isAmbiguous('12.34', UNKNOWN)).toBe(false);
  });
});

describe('sniffNumberFormat', () => {
  it.each([
    [['74,1', '9,8'], ',', true],
    [['74.1', '9.8'], '.', true],
    [['1.234,5'], ',', true],
    [['1,234.5'], '.', true],
    [['1.234.567'], ',', true],
    [['1,234,567'], '.', true],
    [['1234,567'], ',', true],
    [['12', '1.234'], ';', false],
    [['12', '13'], ';', false],
  ])('%j -> decimal %s (known: %s)', (cells, decimal, known) => {
    const fmt = sniffNumberFormat(cells, ',');
    expect(fmt.decimalKnown).toBe(known);
    if (known) expect(fmt.decimal).toBe(decimal);
    else expect(fmt.decimal).toBe(',');
  });

  it('notices a space as thousands separator', () => {
    expect(sniffNumberFormat(['1 250', '750'], ',').thousands).toBe(' ');
  });
});
