import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/core/export/wrapText';

describe('wrapText', () => {
  it.each([
    { text: 'Bron: eigen registratie 2024', maxChars: 40, expected: ['Bron: eigen registratie 2024'] },
    // 'Bron: eigen' is 11 characters, adding ' registratie' would make 23 > 15
    { text: 'Bron: eigen registratie 2024', maxChars: 15, expected: ['Bron: eigen', 'registratie', '2024'] },
    { text: 'abcdefghij kl', maxChars: 4, expected: ['abcd', 'efgh', 'ij', 'kl'] },
    { text: 'x abcdefghij', maxChars: 4, expected: ['x', 'abcd', 'efgh', 'ij'] },
    { text: '  twee   spaties  ', maxChars: 20, expected: ['twee spaties'] },
    { text: '', maxChars: 10, expected: [] },
    { text: 'ëëë ëë', maxChars: 3, expected: ['ëëë', 'ëë'] },
  ])('$text at $maxChars', ({ text, maxChars, expected }) => {
    expect(wrapText(text, maxChars)).toEqual(expected);
  });
});
