import { createConnection, databaseListed } from './createConnection';
import { createEmitter } from './createEmitter';
import { createIdbStore } from './createIdbStore';
import { openDatabase } from './openDatabase';
import { DB_NAME } from './schema';
import { toStorageError } from './toStorageError';
import type { OpenStoreOptions, StorageError, Store, StoreEvent } from './types';

/**
 * Opens (and migrates) the database. Never rejects: when IndexedDB is missing or refuses to open
 * (private mode, policy, a newer schema on disk) it returns an in-memory store with
 * `persistent: false` and the reason in `fallbackReason`.
 */
/** The fallback, loaded only when IndexedDB fails (most visits never need it). */
async function memoryStore(reason: StorageError): Promise<Store> {
  const { createMemoryStore } = await import('./createMemoryStore');
  return createMemoryStore(reason);
}

export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const name = options.name ?? DB_NAME;
  const events = createEmitter<StoreEvent>();
  if (options.onEvent) events.on(options.onEvent);
  let factory: IDBFactory | undefined;
  try {
    factory = options.idbFactory ?? globalThis.indexedDB;
  } catch (error) {
    // Some browsers throw on merely reading `indexedDB` when storage is blocked by policy.
    return memoryStore(toStorageError(error, 'unavailable'));
  }
  if (!factory) return memoryStore({ code: 'unavailable', detail: 'IndexedDB is not available.' });
  try {
    const blocked = (currentVersion: number, requestedVersion: number | null) =>
      events.emit({ type: 'blocked', action: 'close-other-tabs', currentVersion, requestedVersion });
    // No database yet (first visit, or after a wipe): nothing is created until the first write.
    const db = (await databaseListed(factory, name)) ? await openDatabase(factory, name, { blocked }) : null;
    return createIdbStore(createConnection(factory, name, db, events), events);
  } catch (error) {
    const reason = toStorageError(error);
    // A newer schema on disk (an older copy of the app) needs a reload; anything else means no storage.
    return memoryStore(reason.code === 'version-change' ? reason : { ...reason, code: 'unavailable' });
  }
}

