import { describe, expect, it } from 'vitest';
import { MESSAGES, makeIssue, type ImportIssueCode } from '../../../src/core/import/messages';

describe('the message catalogue', () => {
  it.each(Object.keys(MESSAGES) as ImportIssueCode[])('%s has a full sentence in Dutch and English', (code) => {
    const params = { value: 'X', column: 'Kolom', first: 2, found: 3, expected: 4, read: '1234', sum: 99, total: 100, herkomst: '"a"', legacy: '"b"', sheet: 'Blad1', sheets: '"Blad1"', firstLetter: 'B', letter: 'D', detail: 5, n: 3 };
    for (const locale of ['nl', 'en'] as const) {
      const message = MESSAGES[code]![locale](params);
      expect(message).toMatch(/^[A-Z"“].*[.!?]$/s);
      expect(message).not.toContain('undefined');
    }
    expect(MESSAGES[code]!.nl(params)).not.toBe(MESSAGES[code]!.en(params));
  });

  it('builds issues with row and column, Dutch by default', () => {
    expect(makeIssue('negative-count', 'nl', { row: 4, column: 'Aantal' }, { value: '-3' })).toEqual({
      severity: 'error', code: 'negative-count', row: 4, column: 'Aantal',
      message: 'Het aantal -3 is negatief; aantallen zijn nul of meer.',
    });
    expect(makeIssue('header-only', 'en', { severity: 'warning' })).toEqual({
      severity: 'warning', code: 'header-only', message: 'The file holds only a header row and no data.',
    });
  });

  it('throws on a code without a message: a programmer error', () => {
    // A misspelt literal fails the type check; a code from outside (untyped) still fails loudly.
    // @ts-expect-error 'no-such-code' is not an ImportIssueCode
    expect(() => makeIssue('no-such-code', 'nl')).toThrow(/no-such-code/);
  });
});
