import type { CompositePart } from '../../benchmarks';
import type { OrganisationProfile } from '../../types';

/** The profile's composite mix as look-up parts; empty codes mean "as the profile" and are left out. */
export function compositeParts(composite: OrganisationProfile['composite']): CompositePart[] {
  return (composite ?? []).map((p) => ({
    ...(p.sector ? { sector: p.sector } : {}),
    ...(p.region ? { region: p.region } : {}),
    headcount: p.headcount,
  }));
}
