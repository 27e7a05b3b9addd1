import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../../src/core/import/makeIssue';

describe('makeIssue', () => {
  it('carries the code, place and params, and no wording', () => {
    expect(makeIssue('negative-count', { row: 4, column: 'Aantal' }, { value: '-3' })).toEqual({
      severity: 'error', code: 'negative-count', row: 4, column: 'Aantal', params: { value: '-3' },
    });
    // no params, no place: only the code and its severity
    expect(makeIssue('header-only', { severity: 'warning' })).toEqual({ severity: 'warning', code: 'header-only' });
  });

  it('refuses a code that is not an import issue code at the type check', () => {
    // @ts-expect-error 'no-such-code' is not an ImportIssueCode
    expect(makeIssue('no-such-code')).toEqual({ severity: 'error', code: 'no-such-code' });
  });
});
