import { describe, expect, it } from 'vitest';
import { AREAS, en, nl } from '../../../src/i18n/catalogue';
import { translate } from '../../../src/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have exactly the same keys in Dutch and English, in every area', () => {
    for (const area of AREAS) expect(Object.keys(area.en).sort()).toEqual(Object.keys(area.nl).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no key defined by two areas', () => {
    const counts = new Map<string, number>();
    for (const area of AREAS) for (const key of Object.keys(area.nl)) counts.set(key, (counts.get(key) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
  });

  it('have no empty message and the same placeholders in both languages', () => {
    for (const key of Object.keys(nl) as Array<keyof typeof nl>) {
      expect(nl[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(translate('en', 'data.groups', { count: 3 })).toBe('3 groups');
    expect(translate('nl', 'data.groups', { count: 3 })).toBe('3 groepen');
    expect(translate('nl', 'data.groups')).toBe('{count} groepen');
  });
});
