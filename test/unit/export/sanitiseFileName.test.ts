import { describe, expect, it } from 'vitest';
import { sanitiseFileName } from '../../../src/core/export/sanitiseFileName';

describe('sanitiseFileName', () => {
  it.each([
    { name: 'Barometer Herkomst per afdeling 2024.csv', expected: 'barometer-herkomst-per-afdeling-2024.csv' },
    { name: 'barometer-herkomst-per-afdeling-2024.csv', expected: 'barometer-herkomst-per-afdeling-2024.csv' },
    { name: 'Financiën & Zorg (België).XLSX', expected: 'financiën-zorg-belgië.xlsx' },
    // decomposed e + combining diaeresis is normalised to the single letter ë (NFC)
    { name: 'Financie\u0308n.csv', expected: 'financiën.csv' },
    { name: '../../etc/passwd', expected: 'etc-passwd' },
    { name: 'C:\\Users\\hr\\rapport.svg', expected: 'c-users-hr-rapport.svg' },
    { name: 'a<b>c:d"e|f?g*h.png', expected: 'a-b-c-d-e-f-g-h.png' },
    { name: 'tab\there\nnewline.csv', expected: 'tab-here-newline.csv' },
    // right-to-left override would display 'rapportcsv.exe' as 'rapportexe.vsc'
    { name: 'rapport\u202Eexe.csv', expected: 'rapportexe.csv' },
    { name: 'zero\u200Bwidth.csv', expected: 'zerowidth.csv' },
    { name: 'CON.csv', expected: 'con_.csv' },
    { name: 'lpt1', expected: 'lpt1_' },
    { name: 'aux.tar.csv', expected: 'aux_.tar.csv' },
    { name: 'console.csv', expected: 'console.csv' },
    { name: '  ...verborgen...  .csv', expected: 'verborgen.csv' },
    { name: '.csv', expected: 'barometer.csv' },
    { name: '!!!', expected: 'barometer' },
    { name: '', expected: 'barometer' },
    { name: 'Diversiteit 📊 2024.svg', expected: 'diversiteit-2024.svg' },
    { name: 'versie 1.2 rapport', expected: 'versie-1.2-rapport' },
  ])('$name -> $expected', ({ name, expected }) => {
    expect(sanitiseFileName(name)).toBe(expected);
  });

  it('keeps the extension and stays within 200 UTF-8 bytes', () => {
    // 150 × 'ë' is 300 bytes; room for the base is 200 − 4 ('.csv') = 196 bytes = 98 × 'ë'
    const result = sanitiseFileName(`${'ë'.repeat(150)}.csv`);
    expect(result).toBe(`${'ë'.repeat(98)}.csv`);
    expect(new TextEncoder().encode(result).length).toBe(200);
  });

  it('does not end in a hyphen after cutting', () => {
    // 'ab-' repeated: the cut at 196 bytes falls right after a hyphen, which is removed
    const result = sanitiseFileName(`${'abc-'.repeat(60)}.csv`);
    // 196 = 49 × 'abc-'; minus the last '-' leaves 195 characters
    expect(result).toBe(`${'abc-'.repeat(48)}abc.csv`);
  });
});
