import type { BenchmarkRequest } from '../../benchmarks';
import type { OrganisationProfile, SchemeId } from '../../types';
import { effectiveSizeClass } from './effectiveSizeClass';

/**
 * What the profile asks of the benchmark for a dataset in `scheme` counted in `year`: its sector,
 * its region (a labour-market region or a province; '' = the country) and its size class.
 */
export function profileRequest(profile: OrganisationProfile, scheme: SchemeId, year: number): BenchmarkRequest {
  const request: BenchmarkRequest = { scheme, year };
  if (profile.sector) request.sector = profile.sector;
  if (profile.region) request.region = profile.region;
  const size = effectiveSizeClass(profile).used;
  if (size) request.sizeClass = size;
  return request;
}
