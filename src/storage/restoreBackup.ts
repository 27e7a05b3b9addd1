import type { VerifiedBackup } from './backupFormat';
import { migrateSnapshot, snapshotSchemaVersion } from './migrateSnapshot';
import { DB_VERSION } from './migrations';
import { fail } from './results';
import type { StorageResult, Store } from './types';

/** Backups that readBackup verified; anything else is refused at runtime as well as by type. */
export const verifiedBackups = new WeakSet<VerifiedBackup>();

function defaultFactory(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB;
  } catch {
    return undefined;
  }
}

/**
 * Adds or replaces everything in the backup, in one transaction. A backup written at an older
 * schema first goes through the schema steps it missed (e.g. old labour-market region ids become
 * CBS's codes), so restored records look as if they had been migrated on this device.
 */
export async function restoreBackup(store: Store, backup: VerifiedBackup, idbFactory: IDBFactory | undefined = defaultFactory()): Promise<StorageResult<void>> {
  if (!verifiedBackups.has(backup)) {
    return fail({ code: 'invalid', detail: 'Only a backup returned by readBackup can be restored.' });
  }
  const from = snapshotSchemaVersion(backup.header.schemaVersion, backup.snapshot);
  if (from >= DB_VERSION) return store.writeSnapshot(backup.snapshot);
  if (!idbFactory) return fail({ code: 'unavailable', detail: `Schema steps from version ${from} need IndexedDB.` });
  const migrated = await migrateSnapshot(idbFactory, backup.snapshot, from);
  return migrated.ok ? store.writeSnapshot(migrated.value) : migrated;
}
