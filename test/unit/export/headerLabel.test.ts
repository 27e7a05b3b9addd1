import { describe, expect, it } from 'vitest';
import { headerLabel } from '../../../src/core/export/headerLabel';
import type { ExportColumn } from '../../../src/core/export/types';
import { exportUnits } from '../../../src/i18n/exportUnits';
import { translate } from '../../../src/i18n/translate';

describe('headerLabel', () => {
  it.each([
    { kind: 'text', locale: 'nl', expected: 'X' },
    { kind: 'count', locale: 'en', expected: 'X' },
    { kind: 'share', locale: 'nl', expected: 'X (%)' },
    { kind: 'share', locale: 'en', expected: 'X (%)' },
    { kind: 'pp', locale: 'nl', expected: 'X (procentpunt)' },
    { kind: 'pp', locale: 'en', expected: 'X (percentage points)' },
    { kind: 'index', locale: 'nl', expected: 'X (index, 1 = gelijk aan benchmark)' },
    { kind: 'index', locale: 'en', expected: 'X (index, 1 = equal to benchmark)' },
  ] as const)('$kind in $locale -> $expected', ({ kind, locale, expected }) => {
    const column: ExportColumn = { id: 'x', label: 'X', kind };
    expect(headerLabel(column, exportUnits((key) => translate(locale, key)))).toBe(expected);
  });

  it('adds no unit word it was not given: core words nothing', () => {
    expect(headerLabel({ id: 'x', label: 'X', kind: 'pp' })).toBe('X');
    expect(headerLabel({ id: 'x', label: 'X', kind: 'share' })).toBe('X (%)');
  });
});
