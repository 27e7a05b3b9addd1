import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { createMemoryStore, migrations, openStore, type PublishedRecord, type Store } from '../../../src/storage';
import { dumpDatabase, seedDatabase } from './dumpDatabase';
import { makeRecord } from './records';

// The published tables of issue 16 ("done once"): kept per dataset content × rules, found again
// after a reload, and gone with their dataset or with everything.

const NAME = 'published';
const opened: Array<{ close(): void }> = [];
afterEach(() => opened.splice(0).forEach((handle) => handle.close()));

async function open(factory: IDBFactory): Promise<Store> {
  const store = await openStore({ name: NAME, idbFactory: factory });
  opened.push(store);
  return store;
}

function table(key: string, datasetId: string): PublishedRecord {
  return { key, datasetId, pattern: '0105', audit: { audited: true, primary: 1, complementary: 1 }, savedAt: '2026-12-05T10:00:00.000Z' };
}

describe('published tables in IndexedDB', () => {
  test('a table saved under its key is found again after a reload (a new connection)', async () => {
    const factory = new IDBFactory();
    const first = await open(factory);
    await first.saveDataset(makeRecord('a', '2026-01-01T10:00:00.000Z'));
    expect(await first.savePublished(table('k-standard', 'a'))).toEqual({ ok: true, value: undefined });
    first.close();
    const reloaded = await open(factory);
    expect(await reloaded.loadPublished('k-standard')).toEqual({ ok: true, value: table('k-standard', 'a') });
    expect(await reloaded.loadPublished('k-cbs')).toEqual({ ok: true, value: undefined });
  });

  test("deleting a dataset deletes its tables, and only its tables", async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await store.saveDataset(makeRecord('a', '2026-01-01T10:00:00.000Z'));
    await store.saveDataset(makeRecord('b', '2026-01-02T10:00:00.000Z'));
    await store.savePublished(table('a-standard', 'a'));
    await store.savePublished(table('a-cbs', 'a'));
    await store.savePublished(table('b-standard', 'b'));
    expect(await store.deleteDataset('a')).toEqual({ ok: true, value: undefined });
    const dump = await dumpDatabase(factory, NAME);
    expect(dump?.stores.published?.entries.map(([key]) => key)).toEqual(['b-standard']);
    expect(dump?.stores.datasets?.entries.map(([key]) => key)).toEqual(['b']);
  });

  test('wiping everything leaves no table behind', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await store.saveDataset(makeRecord('a', '2026-01-01T10:00:00.000Z'));
    await store.savePublished(table('a-standard', 'a'));
    await store.wipe();
    expect(await factory.databases()).toEqual([]);
    expect(await store.loadPublished('a-standard')).toEqual({ ok: true, value: undefined });
  });

  test('a table whose dataset is gone (deleted, or everything wiped) is not kept, and recreates no database', async () => {
    // A publish that finishes after the wipe or the delete it raced with.
    const factory = new IDBFactory();
    const store = await open(factory);
    await store.saveDataset(makeRecord('a', '2026-01-01T10:00:00.000Z'));
    await store.saveDataset(makeRecord('b', '2026-01-02T10:00:00.000Z'));
    await store.deleteDataset('b');
    expect(await store.savePublished(table('b-standard', 'b'))).toEqual({ ok: true, value: undefined });
    expect(await store.loadPublished('b-standard')).toEqual({ ok: true, value: undefined });
    await store.wipe();
    expect(await store.savePublished(table('a-standard', 'a'))).toEqual({ ok: true, value: undefined });
    expect(await factory.databases()).toEqual([]);
  });

  test('the in-memory store keeps, deletes and wipes them the same way', async () => {
    const store = createMemoryStore();
    await store.saveDataset(makeRecord('a', '2026-01-01T10:00:00.000Z'));
    await store.saveDataset(makeRecord('b', '2026-01-02T10:00:00.000Z'));
    await store.savePublished(table('c-standard', 'c'));
    expect(await store.loadPublished('c-standard')).toEqual({ ok: true, value: undefined });
    await store.savePublished(table('a-standard', 'a'));
    await store.savePublished(table('b-standard', 'b'));
    await store.deleteDataset('a');
    expect(await store.loadPublished('a-standard')).toEqual({ ok: true, value: undefined });
    expect(await store.loadPublished('b-standard')).toEqual({ ok: true, value: table('b-standard', 'b') });
    await store.wipe();
    expect(await store.loadPublished('b-standard')).toEqual({ ok: true, value: undefined });
  });

  test('a database from before the step gets the store and keeps its records', async () => {
    // Found by what each step builds, not by its number: steps appended later do not move it.
    const builtBy = async (steps: number) => {
      const factory = new IDBFactory();
      const request = factory.open('steps', steps);
      request.onupgradeneeded = () => migrations.slice(0, steps).forEach((step) => step(request.result as never, request.transaction as never));
      await new Promise((resolve) => (request.onsuccess = () => resolve(request.result.close())));
      return (await dumpDatabase(factory, 'steps'))!;
    };
    let before = 1;
    while (before < migrations.length && !('published' in (await builtBy(before + 1)).stores)) before++;
    const old = await builtBy(before);
    expect(old.stores.published).toBeUndefined();
    const record = makeRecord('a', '2026-01-01T10:00:00.000Z');
    old.stores.datasets!.entries.push([record.id, record]);
    const factory = new IDBFactory();
    await seedDatabase(factory, NAME, old);
    const store = await open(factory);
    expect(await store.loadDataset('a')).toEqual({ ok: true, value: record });
    expect(await store.savePublished(table('a-standard', 'a'))).toEqual({ ok: true, value: undefined });
    expect(await store.deleteDataset('a')).toEqual({ ok: true, value: undefined });
    expect((await dumpDatabase(factory, NAME))?.stores.published).toEqual({ keyPath: 'key', entries: [] });
  });
});
