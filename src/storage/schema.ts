import type { DBSchema } from 'idb';
import type { BenchmarkTable, OrganisationProfile } from '../core/types';
import type { DatasetRecord } from './types';
import type { PublishedRecord } from './publishedCache';

export const DB_NAME = 'barometer';

/** The key of the single profile record. */
export const PROFILE_KEY = 'current';

/** The current schema. Older versions live only in the migration steps that built them. */
export interface BarometerDB extends DBSchema {
  datasets: { key: string; value: DatasetRecord };
  profile: { key: string; value: OrganisationProfile };
  settings: { key: string; value: unknown };
  benchmarks: { key: string; value: BenchmarkTable };
  /** Derived, not backed up: published tables kept per dataset content × rules (publishedCache.ts). */
  published: { key: string; value: PublishedRecord; indexes: { datasetId: string } };
}

export const STORE_NAMES = ['datasets', 'profile', 'settings', 'benchmarks'] as const;
