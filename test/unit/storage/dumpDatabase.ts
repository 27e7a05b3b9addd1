/** Raw IndexedDB helpers for tests: they read and write without the code under test. */

export interface StoreDump {
  keyPath: string | null;
  /** [key, value] pairs in key order; for in-line keys the key is the keyPath's value. */
  entries: Array<[IDBValidKey, unknown]>;
}

export interface DatabaseDump {
  version: number;
  stores: Record<string, StoreDump>;
}

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Every store of the database with its key path and records; undefined when it does not exist. */
export async function dumpDatabase(factory: IDBFactory, name: string): Promise<DatabaseDump | undefined> {
  const names = (await factory.databases()).map((info) => info.name);
  if (!names.includes(name)) return undefined;
  const db = await settle(factory.open(name));
  try {
    const stores: Record<string, StoreDump> = {};
    const storeNames = [...db.objectStoreNames].sort();
    if (storeNames.length > 0) {
      const tx = db.transaction(storeNames, 'readonly');
      for (const storeName of storeNames) {
        const store = tx.objectStore(storeName);
        const [keys, values] = await Promise.all([settle(store.getAllKeys()), settle(store.getAll())]);
        const keyPath = typeof store.keyPath === 'string' ? store.keyPath : null;
        stores[storeName] = { keyPath, entries: keys.map((key, i) => [key, values[i]]) };
      }
    }
    return { version: db.version, stores };
  } finally {
    db.close();
  }
}

/** Creates a database exactly as a dump describes it, as an older release of the app left it. */
export async function seedDatabase(factory: IDBFactory, name: string, dump: DatabaseDump): Promise<void> {
  const request = factory.open(name, dump.version);
  request.onupgradeneeded = () => {
    for (const [storeName, { keyPath, entries }] of Object.entries(dump.stores)) {
      const store = request.result.createObjectStore(storeName, keyPath ? { keyPath } : undefined);
      for (const [key, value] of entries) store.put(value, keyPath ? undefined : key);
    }
  };
  (await settle(request)).close();
}

/** Opens a raw connection that ignores `versionchange`, like a tab running old code. */
export function openRaw(factory: IDBFactory, name: string, version?: number): Promise<IDBDatabase> {
  return settle(factory.open(name, version));
}
