import { wrap, type IDBPDatabase } from 'idb';
import { DB_VERSION, runMigrations } from './migrations';
import type { BarometerDB } from './schema';

export interface OpenDatabaseCallbacks {
  /** An older connection (another tab) keeps this upgrade waiting. */
  blocked?: (currentVersion: number, requestedVersion: number | null) => void;
}

/** Settles with the request's result; written out because idb's `wrap` only promisifies real IDBRequests. */
function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error));
  });
}

/**
 * idb's `openDB` always uses the global `indexedDB`; this does the same with any factory, so tests
 * and callers can pass their own. Resolves with the migrated database.
 */
export async function openDatabase(
  factory: IDBFactory,
  name: string,
  callbacks: OpenDatabaseCallbacks = {},
  version: number = DB_VERSION,
): Promise<IDBPDatabase<BarometerDB>> {
  const request = factory.open(name, version);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<BarometerDB>;
    const tx = wrap(request.transaction!) as unknown as Parameters<typeof runMigrations>[3];
    runMigrations(db, event.oldVersion, event.newVersion ?? version, tx);
  });
  request.addEventListener('blocked', (event) => {
    callbacks.blocked?.(event.oldVersion, event.newVersion);
  });
  return wrap(await settle(request)) as unknown as IDBPDatabase<BarometerDB>;
}

/** Deletes the database; `blocked` fires while other connections keep it open. */
export async function deleteDatabase(
  factory: IDBFactory,
  name: string,
  blocked?: (currentVersion: number) => void,
): Promise<void> {
  const request = factory.deleteDatabase(name);
  if (blocked) request.addEventListener('blocked', (event) => blocked(event.oldVersion));
  await settle(request);
}
