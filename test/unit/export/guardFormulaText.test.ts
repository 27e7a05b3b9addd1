import { describe, expect, it } from 'vitest';
import { guardFormulaText } from '../../../src/core/export/guardFormulaText';

describe('guardFormulaText', () => {
  it.each([
    { text: '=1+1', expected: "'=1+1" },
    { text: '=HYPERLINK("http://x","klik")', expected: `'=HYPERLINK("http://x","klik")` },
    { text: '+31 20 123', expected: "'+31 20 123" },
    { text: '-Afdeling', expected: "'-Afdeling" },
    { text: '-3,2', expected: "'-3,2" }, // as TEXT it is guarded; numbers never come here
    { text: '@SUM(A1)', expected: "'@SUM(A1)" },
    { text: '\tx', expected: "'\tx" },
    { text: '\rx', expected: "'\rx" },
    { text: 'Afdeling - Zorg', expected: 'Afdeling - Zorg' },
    { text: 'a=b', expected: 'a=b' },
    { text: '', expected: '' },
    { text: "'al beschermd", expected: "'al beschermd" },
  ])('$text -> $expected', ({ text, expected }) => {
    expect(guardFormulaText(text)).toBe(expected);
  });
});
