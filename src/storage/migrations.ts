import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { BarometerDB } from './schema';
import { migrateRegionCodes } from './migrateRegionCodes';

type UpgradeTransaction = IDBPTransaction<BarometerDB, StoreNames<BarometerDB>[], 'versionchange'>;

/** One schema step: `migrations[k]` upgrades a database at version k to version k + 1. */
export type Migration = (db: IDBPDatabase<BarometerDB>, tx: UpgradeTransaction) => void;

/**
 * Append-only. A released step is never edited: browsers out there hold databases it built, and
 * test/fixtures/storage/ keeps one per version to prove every path still reaches the current schema.
 */
export const migrations: readonly Migration[] = [
  (db) => {
    db.createObjectStore('datasets', { keyPath: 'id' });
    db.createObjectStore('profile');
    db.createObjectStore('settings');
    db.createObjectStore('benchmarks', { keyPath: 'id' });
  },
  // Labour-market region ids become CBS's codes (issue 17).
  migrateRegionCodes,
  // Published tables kept per dataset content × rules, found again after a reload (issue 16).
  (db) => void db.createObjectStore('published', { keyPath: 'key' }).createIndex('datasetId', 'datasetId'),
];

export const DB_VERSION = migrations.length;

/** Runs the steps from `oldVersion` up to `newVersion` inside the upgrade transaction. */
export function runMigrations(
  db: IDBPDatabase<BarometerDB>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTransaction,
): void {
  for (let version = oldVersion; version < newVersion; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from schema version ${version}`);
    step(db, tx);
  }
}
