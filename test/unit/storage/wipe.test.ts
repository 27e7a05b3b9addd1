import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createMemoryStore, openStore, type Store, type StoreEvent } from '../../../src/storage';
import { dumpDatabase } from './dumpDatabase';
import { makeBenchmark, makeRecord, profile } from './records';

const NAME = 'wipe';
const opened: Array<{ close(): void }> = [];
afterEach(() => opened.splice(0).forEach((handle) => handle.close()));

async function tab(factory: IDBFactory): Promise<{ store: Store; events: StoreEvent[] }> {
  const events: StoreEvent[] = [];
  const store = await openStore({ name: NAME, idbFactory: factory, onEvent: (event) => events.push(event) });
  opened.push(store);
  return { store, events };
}

async function fill(store: Store): Promise<void> {
  await store.saveDataset(makeRecord('a', '2026-01-01T10:00:00.000Z'));
  await store.saveProfile(profile);
  await store.saveSetting('locale', 'en');
  await store.saveBenchmark(makeBenchmark('t1'));
}

describe('wipe', () => {
  test('deletes the database; reads show the first visit without recreating it; a save recreates it', async () => {
    const factory = new IDBFactory();
    const { store } = await tab(factory);
    await fill(store);
    expect(await store.wipe()).toEqual({ ok: true, value: undefined });
    expect(await factory.databases()).toEqual([]);
    expect(await store.listDatasets()).toEqual({ ok: true, value: [] });
    expect(await store.loadProfile()).toEqual({ ok: true, value: undefined });
    expect(await store.loadSetting('locale')).toEqual({ ok: true, value: undefined });
    expect(await store.listBenchmarks()).toEqual({ ok: true, value: [] });
    expect(await store.readSnapshot()).toEqual({ ok: true, value: { datasets: [], benchmarks: [], settings: {} } });
    expect(await factory.databases()).toEqual([]);
    await store.saveDataset(makeRecord('b', '2026-02-01T10:00:00.000Z'));
    expect((await dumpDatabase(factory, NAME))?.stores.datasets?.entries.map(([key]) => key)).toEqual(['b']);
  });

  test('another tab is told, stops writing, and does not recreate the database', async () => {
    const factory = new IDBFactory();
    const a = await tab(factory);
    const b = await tab(factory);
    await fill(a.store);
    expect(await a.store.wipe()).toEqual({ ok: true, value: undefined });
    await vi.waitFor(() => expect(b.events).toEqual([{ type: 'wiped-elsewhere', action: 'reload' }]));
    expect(await b.store.saveDataset(makeRecord('b', '2026-02-01T10:00:00.000Z'))).toMatchObject({
      ok: false,
      error: { code: 'closed' },
    });
    expect(await b.store.listDatasets()).toMatchObject({ ok: false, error: { code: 'closed' } });
    expect(await factory.databases()).toEqual([]);
    expect(a.events).toEqual([]);
  });

  test("the BroadcastChannel message alone closes a tab (when the wipe's versionchange never reaches it)", async () => {
    const b = await tab(new IDBFactory());
    const sender = new BroadcastChannel('barometer');
    const witness = new BroadcastChannel('barometer');
    opened.push(sender, witness);
    const delivered = new Promise((resolve) => witness.addEventListener('message', resolve, { once: true }));
    sender.postMessage({ type: 'wiped', name: 'another-database' });
    await delivered;
    expect(await b.store.saveProfile(profile)).toEqual({ ok: true, value: undefined });
    expect(b.events).toEqual([]);
    sender.postMessage({ type: 'wiped', name: NAME });
    await vi.waitFor(() => expect(b.events).toEqual([{ type: 'wiped-elsewhere', action: 'reload' }]));
    expect(await b.store.saveProfile(profile)).toMatchObject({ ok: false, error: { code: 'closed' } });
  });

  test('the memory store wipes to the first-visit state', async () => {
    const store = createMemoryStore();
    await fill(store);
    expect(await store.wipe()).toEqual({ ok: true, value: undefined });
    expect(await store.readSnapshot()).toEqual({ ok: true, value: { datasets: [], benchmarks: [], settings: {} } });
  });
});
