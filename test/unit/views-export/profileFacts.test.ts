import { describe, expect, it } from 'vitest';
import { profileFacts } from '../../../src/core/views/export';
import type { OrganisationProfile } from '../../../src/core/types';

const value = (profile: OrganisationProfile, locale: 'nl' | 'en', id: string) =>
  profileFacts(profile, locale).find((f) => f.id === id)?.value;

describe('profileFacts', () => {
  const profile: OrganisationProfile = { name: 'Gemeente X', sector: 'O', region: 'AM01', headcount: 1844 };

  it('lists the facts in a fixed order', () => {
    expect(profileFacts(profile, 'nl').map((f) => f.id)).toEqual(['name', 'sector', 'region', 'headcount', 'sizeClass']);
  });

  it.each([
    ['nl', 'sector', 'O – Openbaar bestuur en overheidsdiensten'],
    ['en', 'sector', 'O – Public administration and services'],
    ['nl', 'region', 'Groningen'],
    // thousands separator per locale
    ['nl', 'headcount', '1.844'],
    ['en', 'headcount', '1,844'],
    // 1,844 ≥ 500: the top size class
    ['nl', 'sizeClass', '500 en meer werknemers'],
    ['en', 'sizeClass', '500 or more employees'],
  ] as const)('%s %s = %s', (locale, id, expected) => {
    expect(value(profile, locale, id)).toBe(expected);
  });

  it('prefers a chosen size class over the one the headcount implies', () => {
    // 1,844 would be '500+', the user chose 100-500
    expect(value({ ...profile, sizeClass: '100-500' }, 'nl', 'sizeClass')).toBe('100 tot 500 werknemers');
  });

  it('leaves facts not given empty, and shows unknown codes as written', () => {
    const bare: OrganisationProfile = { name: '', sector: '', region: '' };
    expect(profileFacts(bare, 'nl').map((f) => f.value)).toEqual(['', '', '', '', '']);
    expect(value({ ...bare, sector: 'Z', region: 'XX' }, 'nl', 'sector')).toBe('Z');
    expect(value({ ...bare, region: 'XX' }, 'nl', 'region')).toBe('XX');
  });

  it('names a province when the region is one', () => {
    expect(value({ ...profile, region: 'PV20' }, 'nl', 'region')).toBe('Groningen');
  });
});
