import { describe, expect, it } from 'vitest';
import { roleChoices } from '../../../src/core/importPreview';
import type { Locale } from '../../../src/core/types';
import { translate } from '../../../src/i18n/translate';
import { wordRoleChoice } from '../../../src/i18n/wordRoleChoice';

// The test setup loads every message area, so translate() knows the import area.
const labels = (locale: Locale) => roleChoices().map((c) => wordRoleChoice((key, params) => translate(locale, key, params), locale, c));

describe('column role labels', () => {
  it('read as before in Dutch and English', () => {
    // the texts the core built before the words moved to src/i18n, written out by hand
    expect(labels('nl').slice(0, 8)).toEqual([
      'Indeling: jaar', 'Indeling: afdeling of eenheid', 'Indeling: functieniveau of schaal', 'Indeling: andere groepering (eigen naam)',
      'Herkomst (labels per regel)', 'Aantal medewerkers', 'Totaal (controle)', 'Negeren',
    ]);
    expect(labels('en').slice(0, 8)).toEqual([
      'Grouping: year', 'Grouping: department or unit', 'Grouping: job level or scale', 'Grouping: other (its own name)',
      'Origin (labels per row)', 'Number of employees', 'Total (check)', 'Ignore',
    ]);
  });

  it('name an origin group after "Herkomstgroep" / "Origin group"', () => {
    expect(labels('nl')[8]).toBe('Herkomstgroep: Nederland');
    expect(labels('en')).toContain('Origin group: Turkey');
    expect(labels('nl')).toContain('Herkomstgroep: Indonesië');
  });

  it('are all worded, none a raw key', () => {
    for (const locale of ['nl', 'en'] as const) for (const label of labels(locale)) expect(label).not.toMatch(/⟦/);
  });
});
