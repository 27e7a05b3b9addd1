import { DB_VERSION, migrations } from './migrations';
import { migrateRegionCodes, OLD_REGION_IDS } from './migrateRegionCodes';
import { deleteDatabase, openDatabase } from './openDatabase';
import { attempt } from './results';
import { PROFILE_KEY, STORE_NAMES } from './schema';
import type { StorageResult, StoreSnapshot } from './types';

/** Labour-market region codes that only CBS's list has: a file holding one was written after the step. */
const CBS_ONLY_CODES = new Set(Object.values(OLD_REGION_IDS).filter((code) => !(code in OLD_REGION_IDS)));

function regionIds(snapshot: StoreSnapshot): string[] {
  const ids: unknown[] = [snapshot.profile?.region, ...(snapshot.profile?.composite ?? []).map((p) => p.region)];
  for (const table of snapshot.benchmarks) for (const row of table.rows ?? []) ids.push(row.key?.region);
  return ids.filter((id): id is string => typeof id === 'string');
}

/**
 * The schema version a backup's snapshot was written at. Files that do not record it predate the
 * record, and so (almost always) the move to CBS's region codes; one that already holds a code
 * only CBS uses (AM36–AM38) was written after that step, and must not be mapped twice.
 */
export function snapshotSchemaVersion(recorded: number | undefined, snapshot: StoreSnapshot): number {
  if (recorded !== undefined) return recorded;
  const step = migrations.indexOf(migrateRegionCodes);
  return regionIds(snapshot).some((id) => CBS_ONLY_CODES.has(id)) ? step + 1 : step;
}

/**
 * Brings a snapshot written at schema `fromVersion` up to the current schema by running the real
 * schema steps: it is written into a scratch database at `fromVersion`, which is then opened at the
 * current version (running every later step) and read back. The scratch database is deleted after.
 */
export async function migrateSnapshot(factory: IDBFactory, snapshot: StoreSnapshot, fromVersion: number): Promise<StorageResult<StoreSnapshot>> {
  if (fromVersion >= DB_VERSION) return { ok: true, value: snapshot };
  const name = `barometer-restore-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  let open: { close(): void } | undefined;
  const result = await attempt(async () => {
    const old = await openDatabase(factory, name, {}, Math.max(1, fromVersion));
    open = old;
    // Only the stores that exist at that version: a later step may add one.
    const names = STORE_NAMES.filter((n) => old.objectStoreNames.contains(n));
    const tx = old.transaction(names, 'readwrite');
    const has = (n: (typeof STORE_NAMES)[number]) => names.includes(n);
    const puts: Promise<unknown>[] = [];
    if (has('datasets')) for (const record of snapshot.datasets) puts.push(tx.objectStore('datasets').put(record));
    if (has('benchmarks')) for (const table of snapshot.benchmarks) puts.push(tx.objectStore('benchmarks').put(table));
    if (has('settings')) for (const [key, value] of Object.entries(snapshot.settings)) puts.push(tx.objectStore('settings').put(value, key));
    if (has('profile') && snapshot.profile) puts.push(tx.objectStore('profile').put(snapshot.profile, PROFILE_KEY));
    await Promise.all([...puts, tx.done]);
    old.close();

    const db = await openDatabase(factory, name);
    open = db;
    const [datasets, profile, benchmarks, keys, values] = await Promise.all([
      db.getAll('datasets'), db.get('profile', PROFILE_KEY), db.getAll('benchmarks'), db.getAllKeys('settings'), db.getAll('settings'),
    ]);
    const settings = Object.fromEntries(keys.map((key, i) => [key, values[i]]));
    return { datasets, ...(profile ? { profile } : {}), benchmarks, settings } satisfies StoreSnapshot;
  });
  // A connection left open would keep the scratch database from being deleted.
  open?.close();
  await deleteDatabase(factory, name).catch(() => undefined);
  return result;
}
