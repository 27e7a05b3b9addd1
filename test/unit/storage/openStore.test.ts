import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { createMemoryStore, DB_NAME, DB_VERSION, openStore, type Store } from '../../../src/storage';
import { makeBenchmark, makeRecord, profile } from './records';

const opened: Store[] = [];
async function open(factory = new IDBFactory()): Promise<Store> {
  const store = await openStore({ idbFactory: factory });
  opened.push(store);
  return store;
}
afterEach(() => opened.splice(0).forEach((store) => store.close()));

describe('openStore on IndexedDB', () => {
  test('a first visit creates no database: reads see the first-visit state', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    expect(store.persistent).toBe(true);
    expect(await store.listDatasets()).toEqual({ ok: true, value: [] });
    expect(await store.loadProfile()).toEqual({ ok: true, value: undefined });
    expect((await factory.databases()).map((d) => d.name)).toEqual([]);
  });

  test('migration from empty, on the first write, creates every store at the current version', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    expect(await store.saveSetting('x', 1)).toEqual({ ok: true, value: undefined });
    expect((await factory.databases()).map((d) => d.name)).toEqual([DB_NAME]);
    store.close();
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open(DB_NAME);
      request.onsuccess = () => resolve(request.result);
    });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['benchmarks', 'datasets', 'profile', 'published', 'settings']);
    db.close();
  });

  test('data survives closing and reopening', async () => {
    const factory = new IDBFactory();
    const first = await open(factory);
    await first.saveDataset(makeRecord('a', '2026-01-01T10:00:00.000Z'));
    await first.saveProfile(profile);
    first.close();
    const second = await open(factory);
    expect(await second.loadDataset('a')).toEqual({ ok: true, value: makeRecord('a', '2026-01-01T10:00:00.000Z') });
    expect(await second.loadProfile()).toEqual({ ok: true, value: profile });
  });
});

const implementations: Array<[string, () => Promise<Store>]> = [
  ['IndexedDB', () => open()],
  ['memory', async () => createMemoryStore()],
];

describe.each(implementations)('the %s store', (_, make) => {
  test('save, list (newest first), load, delete round trip', async () => {
    const store = await make();
    const older = makeRecord('a', '2026-01-01T10:00:00.000Z', 3);
    const newer = makeRecord('b', '2026-02-01T10:00:00.000Z', 1);
    expect(await store.saveDataset(older)).toEqual({ ok: true, value: undefined });
    expect((await store.saveDataset(newer)).ok).toBe(true);
    expect(await store.listDatasets()).toEqual({
      ok: true,
      value: [
        { id: 'b', name: 'Dataset b', savedAt: '2026-02-01T10:00:00.000Z', groupCount: 1, scheme: 'herkomst' },
        { id: 'a', name: 'Dataset a', savedAt: '2026-01-01T10:00:00.000Z', groupCount: 3, scheme: 'herkomst' },
      ],
    });
    expect(await store.loadDataset('a')).toEqual({ ok: true, value: older });
    expect(await store.deleteDataset('a')).toEqual({ ok: true, value: undefined });
    expect(await store.loadDataset('a')).toEqual({ ok: true, value: undefined });
    expect(await store.listDatasets()).toMatchObject({ ok: true, value: [{ id: 'b' }] });
  });

  test('saving an existing id replaces the record', async () => {
    const store = await make();
    await store.saveDataset(makeRecord('a', '2026-01-01T10:00:00.000Z', 1));
    const replacement = makeRecord('a', '2026-03-01T10:00:00.000Z', 2);
    await store.saveDataset(replacement);
    expect(await store.loadDataset('a')).toEqual({ ok: true, value: replacement });
  });

  test('profile, settings and benchmarks round trip', async () => {
    const store = await make();
    expect(await store.loadProfile()).toEqual({ ok: true, value: undefined });
    await store.saveProfile(profile);
    expect(await store.loadProfile()).toEqual({ ok: true, value: profile });
    expect(await store.loadSetting('locale')).toEqual({ ok: true, value: undefined });
    await store.saveSetting('locale', 'en');
    expect(await store.loadSetting<string>('locale')).toEqual({ ok: true, value: 'en' });
    await store.saveBenchmark(makeBenchmark('t1'));
    expect(await store.listBenchmarks()).toEqual({ ok: true, value: [makeBenchmark('t1')] });
    await store.deleteBenchmark('t1');
    expect(await store.listBenchmarks()).toEqual({ ok: true, value: [] });
  });

  test('a record without an id is refused as invalid, not thrown', async () => {
    const store = await make();
    const broken = { ...makeRecord('a', '2026-01-01T10:00:00.000Z'), id: undefined as unknown as string };
    const result = await store.saveDataset(broken);
    expect(result.ok === false && result.error.code).toBe('invalid');
    expect(await store.listDatasets()).toEqual({ ok: true, value: [] });
  });

  test('calls after close() return the closed error', async () => {
    const store = await make();
    store.close();
    const result = await store.listDatasets();
    expect(result.ok === false && result.error.code).toBe('closed');
  });
});

describe('openStore falls back to memory', () => {
  function refusingFactory(open: (request: EventTarget & { error?: unknown }) => void): IDBFactory {
    return {
      open() {
        const request = Object.assign(new EventTarget(), { error: undefined as unknown });
        open(request);
        return request as unknown as IDBOpenDBRequest;
      },
    } as unknown as IDBFactory;
  }

  const cases: Array<{ name: string; factory: () => IDBFactory | undefined; code: string }> = [
    {
      name: 'open() throws SecurityError (blocked by policy)',
      factory: () =>
        refusingFactory(() => {
          throw new DOMException('Access denied', 'SecurityError');
        }),
      code: 'unavailable',
    },
    {
      name: 'open() throws InvalidStateError (old private mode)',
      factory: () =>
        refusingFactory(() => {
          throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
        }),
      code: 'unavailable',
    },
    {
      name: 'the open request fires error',
      factory: () =>
        refusingFactory((request) =>
          queueMicrotask(() => {
            request.error = new DOMException('Disk unavailable', 'UnknownError');
            request.dispatchEvent(new Event('error'));
          }),
        ),
      code: 'unavailable',
    },
  ];

  test.each(cases)('$name', async ({ factory, code }) => {
    const store = await openStore({ idbFactory: factory() });
    expect(store.persistent).toBe(false);
    expect(store.fallbackReason?.code).toBe(code);
    await store.saveDataset(makeRecord('a', '2026-01-01T10:00:00.000Z'));
    expect(await store.loadDataset('a')).toEqual({ ok: true, value: makeRecord('a', '2026-01-01T10:00:00.000Z') });
  });

  test('a newer schema on disk (an older copy of the app) falls back with version-change', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open(DB_NAME, DB_VERSION + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const store = await openStore({ idbFactory: factory });
    expect(store.persistent).toBe(false);
    expect(store.fallbackReason?.code).toBe('version-change');
  });

  test('no indexedDB global at all', async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB')!;
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      const store = await openStore();
      expect(store.persistent).toBe(false);
      expect(store.fallbackReason?.code).toBe('unavailable');
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', saved);
    }
  });

  test('reading indexedDB throws (storage disabled by policy)', async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB')!;
    Object.defineProperty(globalThis, 'indexedDB', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      configurable: true,
    });
    try {
      const store = await openStore();
      expect(store.persistent).toBe(false);
      expect(store.fallbackReason?.code).toBe('unavailable');
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', saved);
    }
  });
});

describe('the memory store', () => {
  test('stored values are copies: mutating the input or output changes nothing stored', async () => {
    const store = createMemoryStore();
    const record = makeRecord('a', '2026-01-01T10:00:00.000Z');
    await store.saveDataset(record);
    record.name = 'changed after save';
    const loaded = await store.loadDataset('a');
    if (loaded.ok && loaded.value) loaded.value.name = 'changed after load';
    expect(await store.loadDataset('a')).toEqual({ ok: true, value: makeRecord('a', '2026-01-01T10:00:00.000Z') });
  });
});
