import type { EncryptionParams } from './passphraseCrypto';
import type { DatasetSummary, StoreSnapshot } from './types';

export const BACKUP_FORMAT = 'barometer-backup';
/** Raise when the file layout changes; readers refuse files newer than they know. */
export const BACKUP_FORMAT_VERSION = 1;

/** What identifies a backup; covered by the hash together with the payload. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The app version that wrote the file (package.json version). */
  appVersion: string;
  /** ISO 8601. */
  createdAt: string;
  /** The storage schema version (DB_VERSION) of the payload; absent in files written before it was recorded. */
  schemaVersion?: number;
}

/**
 * The file. `sha256` is the SHA-256 (hex) of canonicalJson({ ...header, payload }) with the plain
 * payload, also when the file is encrypted (then it is checked after decryption).
 */
export type BackupFile = BackupHeader & { sha256: string } & (
    | { payload: StoreSnapshot }
    | { encryption: EncryptionParams; ciphertext: string }
  );

/** Why a file cannot be restored. The UI maps the code to a localized message. */
export type BackupProblemCode =
  | 'unreadable'
  | 'truncated'
  | 'foreign'
  | 'newer-format'
  | 'hash-mismatch'
  | 'schema'
  | 'passphrase-required'
  | 'wrong-passphrase'
  | 'corrupted'
  | 'store';

export interface BackupProblem {
  code: BackupProblemCode;
  /** Technical text for the console. */
  detail: string;
  /** Where in the file, e.g. 'payload.datasets[2].dataset.groups[0].total'. */
  path?: string;
}

/** What restoring would do to the current store. */
export interface RestorePreview {
  appVersion: string;
  createdAt: string;
  encrypted: boolean;
  datasets: { added: DatasetSummary[]; replaced: DatasetSummary[] };
  /** Benchmark table ids. */
  benchmarks: { added: string[]; replaced: string[] };
  profile: 'added' | 'replaced' | 'none';
  /** Setting keys. */
  settings: { added: string[]; replaced: string[] };
}

/** A backup that passed every check; only readBackup makes these. */
export interface VerifiedBackup {
  readonly header: BackupHeader;
  readonly snapshot: StoreSnapshot;
  readonly preview: RestorePreview;
}

export type ReadBackupResult = { ok: true; backup: VerifiedBackup } | { ok: false; problems: BackupProblem[] };
