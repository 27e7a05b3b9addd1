import { formatCount } from '../../format/formatCount';
import { LABOUR_MARKET_REGIONS } from '../../reference/labourMarketRegions';
import { PROVINCES } from '../../reference/provinces';
import { SBI_SECTIONS } from '../../reference/sbiSections';
import { SIZE_CLASSES, sizeClassFor } from '../../reference/sizeClasses';
import type { Locale, OrganisationProfile } from '../../types';

/** One line of the organisation profile as a report shows it; `value` '' = not given. */
export interface ProfileFact {
  id: 'name' | 'sector' | 'region' | 'headcount' | 'sizeClass';
  value: string;
}

function nameOf(list: { items: readonly { id: string; nl: string; en: string }[] }, id: string, locale: Locale): string | undefined {
  const item = list.items.find((entry) => entry.id === id);
  return item ? item[locale] : undefined;
}

/**
 * The profile in words for a report: the SBI section as 'O – Openbaar bestuur …', the region by
 * name (a labour-market region or a province; '' = the Netherlands as a whole, for which the
 * caller shows its own word), the size class from the headcount unless the user chose one.
 * Unknown codes are shown as written rather than dropped.
 */
export function profileFacts(profile: OrganisationProfile, locale: Locale): ProfileFact[] {
  const sector = profile.sector ? `${profile.sector} – ${nameOf(SBI_SECTIONS, profile.sector, locale) ?? ''}`.replace(/ – $/, '') : '';
  const region = profile.region
    ? (nameOf(LABOUR_MARKET_REGIONS, profile.region, locale) ?? nameOf(PROVINCES, profile.region, locale) ?? profile.region)
    : '';
  const sizeId = profile.sizeClass ?? (profile.headcount === undefined ? undefined : sizeClassFor(profile.headcount));
  const sizeClass = sizeId ? (nameOf(SIZE_CLASSES, sizeId, locale) ?? sizeId) : '';
  return [
    { id: 'name', value: profile.name },
    { id: 'sector', value: sector },
    { id: 'region', value: region },
    { id: 'headcount', value: profile.headcount === undefined ? '' : formatCount(profile.headcount, locale) },
    { id: 'sizeClass', value: sizeClass },
  ];
}
