import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore, forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DB_VERSION, openStore, type Store, type StoreEvent } from '../../../src/storage';
import { dumpDatabase, openRaw } from './dumpDatabase';
import { makeBenchmark, makeRecord, profile } from './records';

const NAME = 'failures';
const opened: Array<{ close(): void }> = [];
afterEach(() => {
  vi.restoreAllMocks();
  opened.splice(0).forEach((handle) => handle.close());
});

/** A factory that remembers every open request, so a test can reach the raw connection. */
function recordingFactory() {
  const factory = new IDBFactory();
  const requests: IDBOpenDBRequest[] = [];
  const open = factory.open.bind(factory);
  factory.open = (name: string, version?: number) => {
    const request = open(name, version);
    requests.push(request);
    return request;
  };
  return { factory, requests };
}

async function openWithEvents(factory: IDBFactory): Promise<{ store: Store; events: StoreEvent[] }> {
  const events: StoreEvent[] = [];
  const store = await openStore({ name: NAME, idbFactory: factory, onEvent: (event) => events.push(event) });
  opened.push(store);
  return { store, events };
}

async function seededStore() {
  const { factory, requests } = recordingFactory();
  const { store, events } = await openWithEvents(factory);
  await store.saveDataset(makeRecord('a', '2026-01-01T10:00:00.000Z', 2));
  await store.saveProfile(profile);
  await store.saveSetting('locale', 'nl');
  return { factory, requests, store, events, before: await dumpDatabase(factory, NAME) };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a quota error in the middle of a write leaves the store as it was', () => {
  // failAt: which put throws (1-based)
  const writes: Array<{ name: string; failAt: number; write: (store: Store) => ReturnType<Store['saveDataset']> }> = [
    {
      name: 'replacing a dataset',
      failAt: 1,
      write: (store) => store.saveDataset(makeRecord('a', '2026-02-01T10:00:00.000Z', 5)),
    },
    { name: 'adding a dataset', failAt: 1, write: (store) => store.saveDataset(makeRecord('b', '2026-02-01T10:00:00.000Z')) },
    {
      name: 'writing a snapshot of 4 records (fails on the 3rd put)',
      failAt: 3,
      write: (store) =>
        store.writeSnapshot({
          datasets: [makeRecord('b', '2026-02-01T10:00:00.000Z'), makeRecord('c', '2026-02-02T10:00:00.000Z')],
          benchmarks: [makeBenchmark('t1')],
          settings: { locale: 'en' },
        }),
    },
  ];

  test.each(writes)('put throws QuotaExceededError: $name', async ({ write, failAt }) => {
    const { factory, store, before } = await seededStore();
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      // From the failAt-th put on, every put fails: the disk stays full for the retry too.
      calls += 1;
      if (calls >= failAt) throw quota();
      return put.apply(this, args);
    });
    const result = await write(store);
    expect(result).toMatchObject({ ok: false, error: { code: 'quota' } });
    vi.restoreAllMocks();
    expect(await dumpDatabase(factory, NAME)).toEqual(before);
  });

  test.each(writes)('the transaction aborts after the puts (AbortError at commit): $name', async ({ write }) => {
    const { factory, store, before } = await seededStore();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = put.apply(this, args);
      // Browsers near the quota fail the commit, not the put: the request succeeds, the transaction aborts.
      request.addEventListener('success', () => this.transaction.abort());
      return request;
    });
    const result = await write(store);
    expect(result).toMatchObject({ ok: false, error: { code: 'quota' } });
    vi.restoreAllMocks();
    expect(await dumpDatabase(factory, NAME)).toEqual(before);
  });

  test('a passing quota error is retried once on a fresh connection, and the save succeeds', async () => {
    const { factory, store, requests } = await seededStore();
    const opensBefore = requests.length;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw quota();
    });
    expect(await store.saveDataset(makeRecord('b', '2026-02-01T10:00:00.000Z'))).toEqual({ ok: true, value: undefined });
    // exactly one reopen for the retry
    expect(requests.length).toBe(opensBefore + 1);
    const after = await dumpDatabase(factory, NAME);
    expect(after?.stores.datasets?.entries.map(([key]) => key)).toEqual(['a', 'b']);
  });

  test('a lasting quota error is retried only once', async () => {
    const { store } = await seededStore();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    expect(await store.saveSetting('locale', 'en')).toMatchObject({ ok: false, error: { code: 'quota' } });
    // first attempt + one retry = 2 puts
    expect(put).toHaveBeenCalledTimes(2);
  });
});

describe('another connection opens a newer schema', () => {
  test('this store closes, asks for a reload and refuses further calls; the upgrade is not blocked', async () => {
    const { factory, store, events, before } = await seededStore();
    const newer = await openRaw(factory, NAME, DB_VERSION + 1);
    opened.push(newer);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(events).toEqual([{ type: 'version-change', action: 'reload', newVersion: DB_VERSION + 1 }]);
    const result = await store.saveDataset(makeRecord('b', '2026-02-01T10:00:00.000Z'));
    expect(result).toMatchObject({ ok: false, error: { code: 'version-change' } });
    newer.close();
    expect((await dumpDatabase(factory, NAME))?.stores).toEqual(before?.stores);
  });
});

describe('an upgrade or wipe blocked by an old connection', () => {
  test('wipe reports which action unblocks it and finishes once the old tab closes', async () => {
    const { factory, store, events } = await seededStore();
    const oldTab = await openRaw(factory, NAME);
    oldTab.onversionchange = null;
    const wiping = store.wipe();
    await vi.waitFor(() => expect(events).toContainEqual(expect.objectContaining({ type: 'blocked' })));
    expect(events).toEqual([
      { type: 'blocked', action: 'close-other-tabs', currentVersion: DB_VERSION, requestedVersion: null },
    ]);
    oldTab.close();
    expect(await wiping).toEqual({ ok: true, value: undefined });
    expect(await dumpDatabase(factory, NAME)).toBeUndefined();
  });
});

describe('an unexpectedly closed connection', () => {
  test('is reopened and reported; data and writes keep working', async () => {
    const { factory, requests, store, events, before } = await seededStore();
    forceCloseDatabase(requests[0]!.result as never);
    await vi.waitFor(() => expect(events).toEqual([{ type: 'terminated', action: 'none', reopened: true }]));
    expect(await store.loadProfile()).toEqual({ ok: true, value: profile });
    expect(await store.saveDataset(makeRecord('b', '2026-02-01T10:00:00.000Z'))).toEqual({ ok: true, value: undefined });
    const after = await dumpDatabase(factory, NAME);
    expect(after?.stores.datasets?.entries.map(([key]) => key)).toEqual(['a', 'b']);
    expect(after?.stores.profile).toEqual(before?.stores.profile);
  });

  test('is reported with a reload action when it cannot be reopened', async () => {
    const { factory, requests, store, events } = await seededStore();
    factory.open = () => {
      throw new DOMException('Storage was disabled', 'SecurityError');
    };
    forceCloseDatabase(requests[0]!.result as never);
    await vi.waitFor(() => expect(events).toEqual([{ type: 'terminated', action: 'reload', reopened: false }]));
    expect((await store.listDatasets()).ok).toBe(false);
  });
});
