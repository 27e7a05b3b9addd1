import type { IDBPDatabase } from 'idb';
import type { Emitter } from './createEmitter';
import { deleteDatabase, openDatabase } from './openDatabase';
import { fail, ok } from './results';
import type { BarometerDB } from './schema';
import { toStorageError } from './toStorageError';
import type { StorageError, StorageResult, StoreEvent } from './types';

type Database = IDBPDatabase<BarometerDB>;

/** The message other tabs receive on the 'barometer' BroadcastChannel when one tab wipes. */
export interface WipeMessage {
  type: 'wiped';
  name: string;
}

export const CHANNEL_NAME = 'barometer';

type State =
  | { kind: 'open'; db: Promise<Database> }
  /** Not connected; the next call opens (after a quota error, or a reopen). */
  | { kind: 'idle' }
  /** Wiped by this store: reads see the first-visit state; the next write creates a new database. */
  | { kind: 'absent' }
  | { kind: 'closed'; error: StorageError };

/** One store's hold on its database: opens, reopens, closes and wipes it, and reports what happened. */
export interface Connection {
  /** The database to read from, or null after this store wiped it (read as empty). */
  forRead(): Promise<StorageResult<Database | null>>;
  forWrite(): Promise<StorageResult<Database>>;
  /** Drops the connection; the next call reopens it. Firefox can leave a connection read-only after a quota error. */
  reset(): void;
  wipe(): Promise<StorageResult<void>>;
  close(): void;
}

export function createConnection(
  factory: IDBFactory,
  name: string,
  first: Database | null,
  events: Emitter<StoreEvent>,
): Connection {
  let current: Database | undefined = first ?? undefined;
  // Without a first connection (no database yet) reads see the first-visit state, and the first
  // write creates the database: visiting the app leaves nothing behind until the user saves.
  let state: State = first ? { kind: 'open', db: Promise.resolve(watch(first)) } : { kind: 'absent' };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : undefined;
  channel?.addEventListener('message', (event: MessageEvent<WipeMessage>) => {
    if (event.data?.type === 'wiped' && event.data.name === name) shutDownAfterWipeElsewhere();
  });

  function blocked(currentVersion: number, requestedVersion: number | null): void {
    events.emit({ type: 'blocked', action: 'close-other-tabs', currentVersion, requestedVersion });
  }

  function watch(db: Database): Database {
    db.addEventListener('versionchange', (event) => {
      db.close();
      if (!isCurrent(db)) return;
      // A null newVersion means another connection is deleting the database: a wipe elsewhere.
      if (event.newVersion === null) return shutDownAfterWipeElsewhere();
      state = { kind: 'closed', error: { code: 'version-change', detail: `Schema ${event.newVersion} opened elsewhere.` } };
      events.emit({ type: 'version-change', action: 'reload', newVersion: event.newVersion });
    });
    // Fired only when the browser closes the connection itself (site data cleared, disk failure).
    db.addEventListener('close', () => {
      if (isCurrent(db)) reopen();
    });
    return db;
  }

  function isCurrent(db: Database): boolean {
    return state.kind === 'open' && current === db;
  }

  function connect(): Promise<Database> {
    const opening = openDatabase(factory, name, { blocked }).then((db) => {
      current = watch(db);
      return db;
    });
    state = { kind: 'open', db: opening };
    return opening;
  }

  function reopen(): void {
    current = undefined;
    connect().then(
      () => events.emit({ type: 'terminated', action: 'none', reopened: true }),
      (error) => {
        state = { kind: 'closed', error: toStorageError(error, 'closed') };
        events.emit({ type: 'terminated', action: 'reload', reopened: false });
      },
    );
  }

  function shutDownAfterWipeElsewhere(): void {
    if (state.kind === 'closed') return;
    closeCurrent();
    state = { kind: 'closed', error: { code: 'closed', detail: 'All data was wiped in another tab.' } };
    events.emit({ type: 'wiped-elsewhere', action: 'reload' });
  }

  function closeCurrent(): void {
    current?.close();
    current = undefined;
  }

  async function get(): Promise<StorageResult<Database>> {
    if (state.kind === 'closed') return fail(state.error);
    const pending = state.kind === 'open' ? state.db : connect();
    try {
      return ok(await pending);
    } catch (error) {
      // Try again on the next call, unless something (a failed reopen) has settled the state since.
      if (state.kind === 'open' && state.db === pending) state = { kind: 'idle' };
      return fail(toStorageError(error, 'unavailable'));
    }
  }

  return {
    // While absent, another tab may have created the database since: read it once it exists.
    forRead: async () => (state.kind === 'absent' && !(await databaseListed(factory, name)) ? ok(null) : get()),
    forWrite: get,
    reset() {
      if (state.kind !== 'open') return;
      closeCurrent();
      state = { kind: 'idle' };
    },
    async wipe() {
      if (state.kind === 'closed') return fail(state.error);
      channel?.postMessage({ type: 'wiped', name } satisfies WipeMessage);
      if (state.kind === 'open') await state.db.catch(() => undefined);
      closeCurrent();
      state = { kind: 'absent' };
      try {
        await deleteDatabase(factory, name, (version) => blocked(version, null));
        return ok(undefined);
      } catch (error) {
        return fail(toStorageError(error));
      }
    },
    close() {
      closeCurrent();
      state = { kind: 'closed', error: { code: 'closed', detail: 'The store was closed.' } };
      channel?.close();
    },
  };
}

/** Whether the browser lists the database; true when it cannot tell, so that reads open it. */
export async function databaseListed(factory: IDBFactory, name: string): Promise<boolean> {
  if (typeof factory.databases !== 'function') return true;
  try {
    return (await factory.databases()).some((d) => d.name === name);
  } catch {
    return true;
  }
}
