export type {
  DatasetRecord,
  DatasetSummary,
  OpenStoreOptions,
  StorageError,
  StorageErrorCode,
  StorageResult,
  Store,
  StoreAction,
  StoreEvent,
  StoreSnapshot,
} from './types';
export { DB_NAME } from './schema';
export type { PublishedRecord } from './publishedCache';
export type { BarometerDB } from './schema';
export { migrations, DB_VERSION } from './migrations';
export { openStore } from './openStore';
export { createMemoryStore } from './createMemoryStore';
export { requestPersistence } from './requestPersistence';
export type { PersistenceOutcome } from './requestPersistence';
export { estimateStorage } from './estimateStorage';
export type { StorageEstimateResult } from './estimateStorage';
export { backupReminderDue } from './backupReminderDue';
export { createBackup } from './createBackup';
export type { CreateBackupOptions } from './createBackup';
export { readBackup } from './readBackup';
export type { ReadBackupOptions } from './readBackup';
export { restoreBackup } from './restoreBackup';
export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backupFormat';
export type {
  BackupFile,
  BackupHeader,
  BackupProblem,
  BackupProblemCode,
  ReadBackupResult,
  RestorePreview,
  VerifiedBackup,
} from './backupFormat';
export { canonicalJson } from './canonicalJson';
export type { EncryptionParams } from './passphraseCrypto';
