import type { IDBPDatabase } from 'idb';
import type { Connection } from './createConnection';
import type { Emitter } from './createEmitter';
import { inTransaction, quietly } from './inTransaction';
import { deleteDatasetAndTables, keepPublished } from './publishedCache';
import { attempt, ok } from './results';
import { PROFILE_KEY, STORE_NAMES, type BarometerDB } from './schema';
import { sortNewestFirst, summarizeDataset } from './summarizeDataset';
import type { StorageResult, Store, StoreEvent, StoreSnapshot } from './types';

type Database = IDBPDatabase<BarometerDB>;

/** The Store on IndexedDB. Every call resolves; nothing throws to the caller. */
export function createIdbStore(connection: Connection, events: Emitter<StoreEvent>): Store {
  async function read<T>(empty: T, action: (db: Database) => Promise<T>): Promise<StorageResult<T>> {
    const db = await connection.forRead();
    if (!db.ok) return db;
    return db.value ? attempt(() => action(db.value!)) : ok(empty);
  }

  async function writeOnce(action: (db: Database) => Promise<void>): Promise<StorageResult<void>> {
    const db = await connection.forWrite();
    if (!db.ok) return db;
    const result = await attempt(() => action(db.value));
    if (!result.ok && result.error.code === 'quota') connection.reset();
    return result;
  }

  /** After a quota error, one retry on a fresh connection: Firefox can leave the old one read-only. */
  async function write(action: (db: Database) => Promise<void>): Promise<StorageResult<void>> {
    const result = await writeOnce(action);
    return !result.ok && result.error.code === 'quota' ? writeOnce(action) : result;
  }

  return {
    persistent: true,
    listDatasets: () =>
      read([], async (db) => sortNewestFirst((await db.getAll('datasets')).map(summarizeDataset))),
    loadDataset: (id) => read(undefined, (db) => db.get('datasets', id)),
    saveDataset: (record) =>
      write((db) => inTransaction(db, ['datasets'], 'readwrite', async (tx) => void (await tx.objectStore('datasets').put(record)))),
    deleteDataset: (id) => write((db) => deleteDatasetAndTables(db, id)),
    loadPublished: (key) => read(undefined, (db) => db.get('published', key)),
    // No database (a first visit, or just wiped) holds no dataset to keep a table for: never create one for it.
    savePublished: async (record) => {
      const db = await connection.forRead();
      if (!db.ok) return db;
      return db.value ? write((db) => keepPublished(db, record)) : ok(undefined);
    },
    loadProfile: () => read(undefined, (db) => db.get('profile', PROFILE_KEY)),
    saveProfile: (profile) => write(async (db) => void (await db.put('profile', profile, PROFILE_KEY))),
    loadSetting: <T>(key: string) => read(undefined, async (db) => (await db.get('settings', key)) as T | undefined),
    saveSetting: (key, value) => write(async (db) => void (await db.put('settings', value, key))),
    listBenchmarks: () => read([], (db) => db.getAll('benchmarks')),
    saveBenchmark: (table) => write(async (db) => void (await db.put('benchmarks', table))),
    deleteBenchmark: (id) => write((db) => db.delete('benchmarks', id)),
    readSnapshot: () =>
      read<StoreSnapshot>({ datasets: [], benchmarks: [], settings: {} }, (db) =>
        inTransaction(db, [...STORE_NAMES], 'readonly', async (tx) => {
          const settings = tx.objectStore('settings');
          const [datasets, profile, benchmarks, keys, values] = await Promise.all([
            tx.objectStore('datasets').getAll(),
            tx.objectStore('profile').get(PROFILE_KEY),
            tx.objectStore('benchmarks').getAll(),
            settings.getAllKeys(),
            settings.getAll(),
          ]);
          const entries = keys.map((key, i) => [key, values[i]] as const);
          return { datasets, ...(profile ? { profile } : {}), benchmarks, settings: Object.fromEntries(entries) };
        }),
      ),
    writeSnapshot: (snapshot) =>
      write((db) =>
        inTransaction(db, [...STORE_NAMES], 'readwrite', async (tx) => {
          const puts: Promise<unknown>[] = [];
          for (const record of snapshot.datasets) puts.push(quietly(tx.objectStore('datasets').put(record)));
          for (const table of snapshot.benchmarks) puts.push(quietly(tx.objectStore('benchmarks').put(table)));
          for (const [key, value] of Object.entries(snapshot.settings)) {
            puts.push(quietly(tx.objectStore('settings').put(value, key)));
          }
          if (snapshot.profile) puts.push(quietly(tx.objectStore('profile').put(snapshot.profile, PROFILE_KEY)));
          await Promise.all(puts);
        }),
      ),
    wipe: () => connection.wipe(),
    close: () => connection.close(),
    onChange: (listener) => events.on(listener),
  };
}
