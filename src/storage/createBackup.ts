import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile, type BackupHeader } from './backupFormat';
import { canonicalJson } from './canonicalJson';
import { sha256Hex } from './encoding';
import { DB_VERSION } from './migrations';
import { encryptText } from './passphraseCrypto';
import { ok } from './results';
import type { StorageResult, Store, StoreSnapshot } from './types';

export interface CreateBackupOptions {
  /** The app version that writes the file (package.json version). */
  appVersion: string;
  /** Encrypts the payload (AES-GCM, key from PBKDF2-SHA-256) when given and not empty. */
  passphrase?: string;
  /** The creation time; tests pin it. */
  now?: Date;
}

/** The hash that guards a backup: SHA-256 over the canonical header and plain payload. */
export function hashBackup(header: BackupHeader, payload: StoreSnapshot): Promise<string> {
  return sha256Hex(canonicalJson({ ...header, payload }));
}

/** Everything in the store as one JSON file: datasets, profile, imported benchmarks, settings. */
export async function createBackup(store: Store, options: CreateBackupOptions): Promise<StorageResult<string>> {
  const snapshot = await store.readSnapshot();
  if (!snapshot.ok) return snapshot;
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt: (options.now ?? new Date()).toISOString(),
    schemaVersion: DB_VERSION,
  };
  const sha256 = await hashBackup(header, snapshot.value);
  const file: BackupFile = options.passphrase
    ? { ...header, sha256, ...(await encryptText(canonicalJson(snapshot.value), options.passphrase)) }
    : { ...header, sha256, payload: snapshot.value };
  return ok(JSON.stringify(file, null, 1));
}
