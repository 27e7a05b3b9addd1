import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { expect, test, vi } from 'vitest';
import { DB_VERSION, openStore, type StoreEvent } from '../../../src/storage';
import type * as Migrations from '../../../src/storage/migrations';
import { dumpDatabase, openRaw, seedDatabase } from './dumpDatabase';

// Pretend a release added schema version 2 (a no-op step), so there is an upgrade for an old tab to block.
vi.mock('../../../src/storage/migrations', async (importOriginal) => {
  const actual = await importOriginal<typeof Migrations>();
  const migrations: Migrations.Migration[] = [...actual.migrations, () => undefined];
  return {
    ...actual,
    migrations,
    DB_VERSION: migrations.length,
    runMigrations: (...[db, from, to, tx]: Parameters<typeof actual.runMigrations>) => {
      for (let version = from; version < to; version++) migrations[version]!(db, tx);
    },
  };
});

test('an upgrade blocked by an old tab says to close other tabs, then opens when it closes', async () => {
  const factory = new IDBFactory();
  await seedDatabase(factory, 'blocked', {
    version: 1,
    stores: { datasets: { keyPath: 'id', entries: [] }, profile: { keyPath: null, entries: [['current', { name: 'X' }]] } },
  });
  const oldTab = await openRaw(factory, 'blocked');
  const events: StoreEvent[] = [];
  const opening = openStore({ name: 'blocked', idbFactory: factory, onEvent: (event) => events.push(event) });
  await vi.waitFor(() => expect(events.length).toBe(1));
  // the old tab holds version 1, this one asks for the released steps + the pretend step (DB_VERSION is the mocked count)
  expect(events).toEqual([{ type: 'blocked', action: 'close-other-tabs', currentVersion: 1, requestedVersion: DB_VERSION }]);
  oldTab.close();
  const store = await opening;
  expect(store.persistent).toBe(true);
  expect(await store.loadProfile()).toEqual({ ok: true, value: { name: 'X' } });
  store.close();
  expect((await dumpDatabase(factory, 'blocked'))?.version).toBe(DB_VERSION);
});
