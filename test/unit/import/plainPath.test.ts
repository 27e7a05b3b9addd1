import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importTableWith } from '../../../src/core/import/importTable';
import { openPlainText } from '../../../src/core/import/openPlainText';
import { readPlainRows } from '../../../src/core/import/readPlainRows';
import { fixture } from './load';

// The fast path (quote-free UTF-8, cells read in place) must be invisible: every input gives the
// same result, issues included, as the general papaparse path forced with { plain: false }.
const same = (input: Uint8Array | string, options = {}) =>
  expect(importTableWith(input, options, { plain: true })).toEqual(importTableWith(input, options, { plain: false }));

const FIXTURES = [
  'REFUSE-person-level.csv', 'cbs-barometer-output.csv', 'errors-long.csv', 'fine-categories-bom.csv', 'legacy-wide.csv',
  'long-counts.csv', 'long-semicolon-lf.csv', 'percentages-pipe-cr.csv', 'refuse-no-count.csv', 'wide-comma-crlf-quoted.csv',
  'wide-english-comma.csv', 'wide-tab-totalsrow.tsv',
];

const TEXTS: Array<[string, string]> = [
  ['ragged, blank and short rows', 'Afdeling;Herkomst;Aantal\nA;Nederland;3\n\nA;Europa;4;9\nA;Turkije\n;;\nB;Nederland;2\n'],
  ['a totals row and a mismatching total', 'Afdeling;Herkomst;Aantal\nA;Nederland;3\nA;Europa;4\nA;Totaal;8\nTotaal;Nederland;3\nTotaal;Europa;4\n'],
  ['a duplicate row, also far from its group', 'Afdeling;Herkomst;Aantal\nA;Nederland;3\nA;Nederland;5\nB;Europa;1\nA;Europa;2\nA;Europa;2\n'],
  ['Dutch numbers, suppressed marks, negatives and fractions', 'Afdeling;Herkomst;Aantal\nA;Nederland;1.234\nA;Europa;.\nA;Turkije;x\nB;Nederland;<5\nB;Europa;-3\nB;Turkije;2,5\nC;Nederland; 7 \nC;Europa;\n'],
  ['English numbers with commas as the delimiter', 'Unit,Origin,Count\nA,Netherlands,"1,234"\nA,Europe,12\n'],
  ['a 16-digit count', 'Afdeling;Herkomst;Aantal\nA;Nederland;1234567890123456\nA;Europa;0001\n'],
  ['padded dimension cells', 'Afdeling;Herkomst;Aantal\nA ;Nederland;1\nA;Europa;2\n A;Turkije;3\n'],
  ['no final newline, CRLF', 'Afdeling;Herkomst;Aantal\r\nA;Nederland;1\r\nA;Europa;2'],
  ['CR line ends', 'Afdeling|Herkomst|Aantal\rA|Nederland|1\rA|Europa|2\r'],
  ['a person-level file', 'Personeelsnummer;Afdeling;Herkomst\n1;A;Nederland\n2;A;Europa\n'],
  ['a title above the header', 'Rapport 2024\n\nAfdeling;Herkomst;Aantal\nA;Nederland;1\n'],
];

/** A long file of `groups` groups × 3 origins; `tweak` may change line i. */
function bigLong(groups: number, newline: string, tweak: (line: string, i: number) => string = (l) => l): string {
  const lines = ['Jaar;Afdeling;Herkomst;Aantal'];
  for (let i = 0; i < groups; i++) for (const [o, n] of [['Nederland', 1], ['Europa', 2], ['Buiten Europa', 3]] as const) lines.push(`2024;Afdeling ë ${i};${o};${n}`);
  return lines.map(tweak).join(newline) + newline;
}

describe('the fast path gives what the papaparse path gives', { timeout: 60_000 }, () => {
  it.each(FIXTURES)('on fixture %s', (name) => {
    same(fixture(name));
    same(new TextDecoder().decode(fixture(name)));
  });

  it.each(TEXTS)('on %s', (_, text) => {
    same(text);
    same(new TextEncoder().encode(text));
    same(new TextEncoder().encode('\ufeff' + text), { encoding: 'utf-8' });
  });

  // ~1.3 MB: rows cross the 256 KiB decoding chunks, and CRLF pairs fall on some boundaries
  it.each(['\r\n', '\n', '\r'])('on a file larger than a chunk (newline %j)', (newline) => {
    same(new TextEncoder().encode(bigLong(12_000, newline)));
  });

  it('on a file whose problems (ragged, duplicate, bad numbers) are far past the head', () => {
    const text = bigLong(12_000, '\r\n', (l, i) => (i === 30_000 ? l + ';extra' : i === 30_010 ? l.replace(/;\d+$/, ';1.5') : i === 30_020 ? 'x' : l));
    same(new TextEncoder().encode(text + '2024;Afdeling ë 5;Nederland;9\r\n'));
  });

  it('restarts on the general path when a quote or a non-UTF-8 byte appears past the head', () => {
    const quoted = bigLong(12_000, '\n', (l, i) => (i === 33_000 ? l.replace('Afdeling', '"Afd;eling"') : l));
    same(new TextEncoder().encode(quoted));
    const bytes = new TextEncoder().encode(bigLong(12_000, '\n'));
    bytes[bytes.length - 20] = 0xe9; // é in Windows-1252: the whole file is then read as Windows-1252
    same(bytes);
    const result = importTableWith(bytes, {}, { plain: true });
    expect(result.ok && result.dataset.meta?.format?.encoding).toBe('windows-1252');
  });
});

describe('readPlainRows splits lines as papaparse does', () => {
  const lines = (text: string, newline: '\r\n' | '\n' | '\r') => {
    const plain = openPlainText(text, {});
    if (!plain || !('chunks' in plain)) return undefined; // text input always comes in pieces
    const out: string[][] = [];
    const rows = readPlainRows(plain.head, plain.chunks, newline, (t, s, e) => out.push(t.slice(s, e).split(';')));
    while (rows.next(3));
    return out;
  };

  it('on random quote-free text', () => {
    const text = fc.string({ unit: fc.constantFrom(';', '\n', '\r', 'a', ' ', '1'), minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(text, fc.constantFrom('\r\n' as const, '\n' as const, '\r' as const), (t, newline) => {
        const ours = lines(t, newline);
        if (ours === undefined) return; // blank text: the importer reports an empty file first
        const theirs: string[][] = [];
        Papa.parse<string[]>(t, { delimiter: ';', newline, step: (r) => theirs.push(r.data) });
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
