import type { OrganisationProfile } from '../../types';
import { sizeClassFor } from '../../reference';

export interface SizeClassChoice {
  /** The class that follows from the headcount, if one is given. */
  derived?: string;
  /** The class the benchmark uses: the override, else the derived one. */
  used?: string;
  overridden: boolean;
}

/** The size class of the profile: derived from the headcount unless the user chose one. */
export function effectiveSizeClass(profile: Pick<OrganisationProfile, 'headcount' | 'sizeClass'>): SizeClassChoice {
  const derived = profile.headcount === undefined ? undefined : sizeClassFor(profile.headcount);
  const overridden = Boolean(profile.sizeClass);
  const used = overridden ? profile.sizeClass : derived;
  return { ...(derived ? { derived } : {}), ...(used ? { used } : {}), overridden };
}
