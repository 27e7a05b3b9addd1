import type { VerifiedBackup } from './backupFormat';
import { fail } from './results';
import type { StorageResult, Store } from './types';

/** Backups that readBackup verified; anything else is refused at runtime as well as by type. */
export const verifiedBackups = new WeakSet<VerifiedBackup>();

/** Adds or replaces everything in the backup, in one transaction. */
export async function restoreBackup(store: Store, backup: VerifiedBackup): Promise<StorageResult<void>> {
  if (!verifiedBackups.has(backup)) {
    return fail({ code: 'invalid', detail: 'Only a backup returned by readBackup can be restored.' });
  }
  return store.writeSnapshot(backup.snapshot);
}
