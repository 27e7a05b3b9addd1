import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type BackupProblem,
  type BackupProblemCode,
  type ReadBackupResult,
  type VerifiedBackup,
} from './backupFormat';
import { hashBackup } from './createBackup';
import { DB_VERSION } from './migrations';
import { decryptText, isUsableParams } from './passphraseCrypto';
import { previewRestore } from './previewRestore';
import { verifiedBackups } from './restoreBackup';
import type { Store, StoreSnapshot } from './types';
import { validateSnapshot } from './validateSnapshot';

export interface ReadBackupOptions {
  /** The store the preview compares with. */
  store: Store;
  passphrase?: string;
}

const problem = (code: BackupProblemCode, detail: string, path?: string): ReadBackupResult => ({
  ok: false,
  problems: [{ code, detail, ...(path ? { path } : {}) } satisfies BackupProblem],
});

/**
 * Checks a backup file in order: JSON, our format and version, decryption, the hash, then the
 * schema; on success returns it with a preview of what restoring would change. Reads the store, never writes.
 */
export async function readBackup(text: string, options: ReadBackupOptions): Promise<ReadBackupResult> {
  let file: Record<string, unknown>;
  try {
    file = JSON.parse(text);
  } catch (error) {
    // A cut-off file of ours still starts like one; anything else is just not a backup.
    const ours = text.trimStart().startsWith('{') && text.includes(`"${BACKUP_FORMAT}"`);
    return problem(ours ? 'truncated' : 'unreadable', String(error));
  }
  if (typeof file !== 'object' || file === null || file.format !== BACKUP_FORMAT) {
    return problem('foreign', 'Not a Barometer backup.', 'format');
  }
  const { formatVersion, appVersion, createdAt, sha256, schemaVersion } = file;
  if (!Number.isInteger(formatVersion) || (formatVersion as number) < 1) {
    return problem('foreign', `Unknown format version ${String(formatVersion)}.`, 'formatVersion');
  }
  if ((formatVersion as number) > BACKUP_FORMAT_VERSION) {
    return problem('newer-format', `Format ${formatVersion} is newer than ${BACKUP_FORMAT_VERSION}.`, 'formatVersion');
  }
  if (typeof appVersion !== 'string') return problem('schema', 'Missing app version.', 'appVersion');
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) {
    return problem('schema', 'Missing creation date.', 'createdAt');
  }
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return problem('schema', 'Missing hash.', 'sha256');
  if (schemaVersion !== undefined && !(Number.isInteger(schemaVersion) && (schemaVersion as number) >= 1)) {
    return problem('schema', `Unknown schema version ${String(schemaVersion)}.`, 'schemaVersion');
  }
  if ((schemaVersion as number) > DB_VERSION) {
    return problem('newer-format', `Schema ${String(schemaVersion)} is newer than ${DB_VERSION}.`, 'schemaVersion');
  }
  const header: BackupHeader = {
    format: BACKUP_FORMAT, formatVersion: formatVersion as number, appVersion, createdAt,
    ...(schemaVersion !== undefined ? { schemaVersion: schemaVersion as number } : {}),
  };

  const encrypted = 'encryption' in file;
  let payload: unknown = file.payload;
  if (encrypted) {
    if (!options.passphrase) return problem('passphrase-required', 'The backup is encrypted.');
    if (!isUsableParams(file.encryption) || typeof file.ciphertext !== 'string') {
      return problem('schema', 'Unknown encryption parameters.', 'encryption');
    }
    const opened = await decryptText(file.encryption, file.ciphertext, options.passphrase);
    if (!opened.ok) return problem(opened.code, 'Decryption failed.', 'ciphertext');
    try {
      payload = JSON.parse(opened.text);
    } catch (error) {
      return problem('corrupted', String(error), 'ciphertext');
    }
  }
  if (payload === undefined) return problem('schema', 'No payload.', 'payload');
  if ((await hashBackup(header, payload as StoreSnapshot)) !== sha256) {
    return problem('hash-mismatch', 'The contents do not match the hash: the file was changed.', 'sha256');
  }
  const problems = validateSnapshot(payload);
  if (problems.length > 0) return { ok: false, problems };

  const snapshot = payload as StoreSnapshot;
  const current = await options.store.readSnapshot();
  if (!current.ok) return problem('store', `${current.error.code}: ${current.error.detail}`);
  const backup: VerifiedBackup = { header, snapshot, preview: previewRestore(header, encrypted, snapshot, current.value) };
  verifiedBackups.add(backup);
  return { ok: true, backup };
}
