import type { IDBPDatabase } from 'idb';
import type { PublishAudit } from '../core/privacy';
import { inTransaction } from './inTransaction';
import type { BarometerDB } from './schema';

/**
 * A published table kept so that it is computed once per dataset × rules (issue 16): only its
 * suppression pattern (one digit per cell) and what the audit said. The key is a content hash of
 * the dataset with the rules and the algorithm's version (core's publishKey), so an edited dataset,
 * other rules or a newer audit never find a stale table; the publish worker rebuilds the table from
 * the pattern and still checks that it fits the dataset before anything is shown.
 */
export interface PublishedRecord {
  key: string;
  /** The saved dataset it was computed for: deleting the dataset deletes its tables too. */
  datasetId: string;
  pattern: string;
  audit: PublishAudit;
  savedAt: string;
}

type Database = IDBPDatabase<BarometerDB>;

/**
 * Keeps a table only while its dataset is stored, checked in the same transaction: a publish that
 * finishes after its dataset was deleted or everything was wiped leaves nothing behind.
 */
export function keepPublished(db: Database, record: PublishedRecord): Promise<void> {
  return inTransaction(db, ['datasets', 'published'], 'readwrite', async (tx) => {
    if ((await tx.objectStore('datasets').getKey(record.datasetId)) === undefined) return;
    await tx.objectStore('published').put(record);
  });
}

/** The dataset and every table kept for it, in one transaction: all gone or nothing. */
export function deleteDatasetAndTables(db: Database, id: string): Promise<void> {
  return inTransaction(db, ['datasets', 'published'], 'readwrite', async (tx) => {
    const published = tx.objectStore('published');
    const keys = await published.index('datasetId').getAllKeys(id);
    await Promise.all([tx.objectStore('datasets').delete(id), ...keys.map((key) => published.delete(key))]);
  });
}
