import { describe, expect, it } from 'vitest';
import { compositeParts, effectiveSizeClass, profileRequest } from '../../../src/core/views/benchmarks';
import type { OrganisationProfile } from '../../../src/core/types';

describe('effectiveSizeClass', () => {
  it.each([
    // [headcount, override, derived, used, overridden]
    [9, undefined, '1-10', '1-10', false],
    [10, undefined, '10-50', '10-50', false], // 10 is the lower bound of 10 tot 50
    [499, undefined, '100-500', '100-500', false],
    [1844, undefined, '500+', '500+', false],
    [9, '50-100', '1-10', '50-100', true], // the user's choice wins over the headcount
    [undefined, '50-100', undefined, '50-100', true],
    [0, undefined, undefined, undefined, false], // below 1: no class
    [undefined, undefined, undefined, undefined, false],
  ] as const)('headcount %s, override %s -> derived %s, used %s', (headcount, sizeClass, derived, used, overridden) => {
    const choice = effectiveSizeClass({ ...(headcount !== undefined ? { headcount } : {}), ...(sizeClass ? { sizeClass } : {}) });
    expect(choice).toEqual({ ...(derived ? { derived } : {}), ...(used ? { used } : {}), overridden });
  });
});

describe('profileRequest', () => {
  const base: OrganisationProfile = { name: 'X', sector: '', region: '' };
  it.each([
    ['nothing given: national', base, {}],
    ['sector only', { ...base, sector: 'I' }, { sector: 'I' }],
    ['region and derived size', { ...base, region: 'AM18', headcount: 60 }, { region: 'AM18', sizeClass: '50-100' }],
    ['province and override', { ...base, sector: 'Q', region: 'PV27', headcount: 60, sizeClass: '500+' }, { sector: 'Q', region: 'PV27', sizeClass: '500+' }],
  ] as const)('%s', (_, profile, codes) => {
    expect(profileRequest(profile, 'herkomst', 2024)).toEqual({ scheme: 'herkomst', year: 2024, ...codes });
  });
});

describe('compositeParts', () => {
  it('leaves out empty codes, so the part takes the profile’s own', () => {
    expect(compositeParts([{ sector: 'I', region: '', headcount: 30 }, { region: 'AM18', headcount: 10 }])).toEqual([
      { sector: 'I', headcount: 30 },
      { region: 'AM18', headcount: 10 },
    ]);
  });
  it('gives no parts without a composite', () => {
    expect(compositeParts(undefined)).toEqual([]);
  });
});
