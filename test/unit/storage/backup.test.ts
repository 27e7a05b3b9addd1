import 'fake-indexeddb/auto';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createMemoryStore, DB_VERSION, readBackup, restoreBackup, type VerifiedBackup } from '../../../src/storage';
import { backupText, closeOpened, emptyStore, fill, filledStore, NAME, NOW, resign, sha256 } from './backupHelpers';
import { dumpDatabase } from './dumpDatabase';
import { makeBenchmark, makeRecord, profile } from './records';

afterEach(() => {
  vi.restoreAllMocks();
  closeOpened();
});

describe('createBackup', () => {
  test('an empty store: header fields and a SHA-256 over the canonical header + payload', async () => {
    const store = createMemoryStore();
    const file = JSON.parse(await backupText(store));
    // The canonical text written out by hand: keys sorted, no whitespace.
    const canonical =
      '{"appVersion":"1.2.3","createdAt":"2026-03-01T09:00:00.000Z","format":"barometer-backup",' +
      `"formatVersion":1,"payload":{"benchmarks":[],"datasets":[],"settings":{}},"schemaVersion":${DB_VERSION}}`;
    expect(file).toEqual({
      format: 'barometer-backup',
      formatVersion: 1,
      appVersion: '1.2.3',
      createdAt: '2026-03-01T09:00:00.000Z',
      sha256: sha256(canonical),
      payload: { datasets: [], benchmarks: [], settings: {} },
      schemaVersion: DB_VERSION,
    });
  });

  test('holds every dataset, the profile, imported benchmarks and settings', async () => {
    const { store } = await filledStore();
    const file = JSON.parse(await backupText(store));
    expect(file.payload.datasets.map((record: { id: string }) => record.id).sort()).toEqual(['a', 'b']);
    expect(file.payload.profile).toEqual(profile);
    expect(file.payload.benchmarks).toEqual([makeBenchmark('t1')]);
    expect(file.payload.settings).toEqual({ locale: 'en', lastBackupAt: '2026-01-15T00:00:00.000Z' });
  });
});

describe('backup round trip', () => {
  test.each([['IndexedDB'], ['memory']])('%s: export → wipe → restore → deep-equal', async (kind) => {
    const store = kind === 'IndexedDB' ? (await filledStore()).store : await fill(createMemoryStore());
    const before = await store.readSnapshot();
    const text = await backupText(store);
    expect((await store.wipe()).ok).toBe(true);
    const read = await readBackup(text, { store });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.backup.preview.datasets.replaced).toEqual([]);
    expect(read.backup.preview.profile).toBe('added');
    expect(await restoreBackup(store, read.backup)).toEqual({ ok: true, value: undefined });
    expect(await store.readSnapshot()).toEqual(before);
  });

  test('IndexedDB: the restored database equals the original record for record', async () => {
    const { store, factory } = await filledStore();
    const dumpBefore = await dumpDatabase(factory, NAME);
    const text = await backupText(store);
    await store.wipe();
    const read = await readBackup(text, { store });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    await restoreBackup(store, read.backup);
    expect(await dumpDatabase(factory, NAME)).toEqual(dumpBefore);
  });

  test('the preview tells what would be added and what replaced', async () => {
    const { store } = await filledStore();
    const text = await backupText(store);
    const target = createMemoryStore();
    await target.saveDataset(makeRecord('a', '2025-12-01T10:00:00.000Z', 7));
    await target.saveSetting('locale', 'nl');
    await target.saveBenchmark(makeBenchmark('t1'));
    const read = await readBackup(text, { store: target });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.backup.preview).toEqual({
      appVersion: '1.2.3',
      createdAt: '2026-03-01T09:00:00.000Z',
      encrypted: false,
      datasets: {
        added: [{ id: 'b', name: 'Dataset b', savedAt: '2026-02-01T10:00:00.000Z', groupCount: 1, scheme: 'herkomst' }],
        replaced: [{ id: 'a', name: 'Dataset a', savedAt: '2026-01-01T10:00:00.000Z', groupCount: 2, scheme: 'herkomst' }],
      },
      benchmarks: { added: [], replaced: ['t1'] },
      profile: 'added',
      settings: { added: ['lastBackupAt'], replaced: ['locale'] },
    });
  });
});

describe('rejected files leave the store untouched', () => {
  const cases: Array<{ name: string; code: string; path?: string; make: (text: string) => string }> = [
    { name: 'a flipped digit in the payload', code: 'hash-mismatch', make: (t) => t.replace('"total": 10', '"total": 11') },
    { name: 'a changed app version', code: 'hash-mismatch', make: (t) => t.replace('"1.2.3"', '"1.2.4"') },
    { name: 'a changed hash', code: 'hash-mismatch', make: (t) => t.replace(/"sha256": "(.)/, (_, c) => `"sha256": "${c === '0' ? '1' : '0'}`) },
    { name: 'truncated to half', code: 'truncated', make: (t) => t.slice(0, Math.floor(t.length / 2)) },
    { name: 'truncated by one byte', code: 'truncated', make: (t) => t.slice(0, -1) },
    { name: 'a CSV file', code: 'unreadable', make: () => 'afdeling;nederland\nA;12\n' },
    { name: 'empty', code: 'unreadable', make: () => '' },
    { name: 'foreign JSON', code: 'foreign', make: () => '{"format":"dexie","formatVersion":1}' },
    { name: 'a JSON array', code: 'foreign', make: () => '[1,2]' },
    { name: 'JSON null', code: 'foreign', make: () => 'null' },
    { name: 'a newer format', code: 'newer-format', make: (t) => resign(t, (f) => (f.formatVersion = 2)) },
    { name: 'a non-integer format version', code: 'foreign', make: (t) => resign(t, (f) => (f.formatVersion = '1')) },
    { name: 'no payload', code: 'schema', make: (t) => resign(t, (f) => delete f.payload) },
    {
      name: 'a re-signed negative count',
      code: 'schema',
      path: 'payload.datasets[0].dataset.groups[0].total',
      make: (t) => resign(t, (f) => (f.payload.datasets[0].dataset.groups[0].total = -1)),
    },
    {
      name: 'a re-signed flow with a kind that does not exist',
      code: 'schema',
      path: 'payload.datasets[0].dataset.flows.counts',
      make: (t) =>
        resign(t, (f) => (f.payload.datasets[0].dataset.flows = { stages: [], counts: [{ period: '2024', group: '', category: 'nederland', kind: 'hire', count: 3 }] })),
    },
    {
      name: 'a re-signed unknown scheme',
      code: 'schema',
      path: 'payload.benchmarks[0].scheme',
      make: (t) => resign(t, (f) => (f.payload.benchmarks[0].scheme = 'ras')),
    },
    {
      name: 'a re-signed duplicate dataset id',
      code: 'schema',
      path: 'payload.datasets[1].id',
      make: (t) => resign(t, (f) => (f.payload.datasets[1].id = f.payload.datasets[0].id)),
    },
  ];

  test.each(cases)('$name → $code', async ({ make, code, path }) => {
    const { store, factory } = await filledStore();
    const text = await backupText(store);
    await store.saveDataset(makeRecord('c', '2026-02-20T10:00:00.000Z'));
    const before = await dumpDatabase(factory, NAME);
    const result = await readBackup(make(text), { store });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code, ...(path ? { path } : {}) });
    expect(await dumpDatabase(factory, NAME)).toEqual(before);
  });

  test('restoreBackup refuses a backup that readBackup did not verify', async () => {
    const { store, factory } = await filledStore();
    const before = await dumpDatabase(factory, NAME);
    const forged = {
      header: { format: 'barometer-backup', formatVersion: 1, appVersion: 'x', createdAt: NOW.toISOString() },
      snapshot: { datasets: [makeRecord('z', '2026-01-01T00:00:00.000Z')], benchmarks: [], settings: {} },
      preview: {},
    } as unknown as VerifiedBackup;
    expect(await restoreBackup(store, forged)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await dumpDatabase(factory, NAME)).toEqual(before);
  });

  test('a quota error during restore leaves the store as it was', async () => {
    const source = await filledStore();
    const text = await backupText(source.store);
    const store = await emptyStore();
    await store.saveDataset(makeRecord('a', '2025-01-01T00:00:00.000Z', 9));
    const before = await store.readSnapshot();
    const read = await readBackup(text, { store });
    if (!read.ok) throw new Error('unreadable');
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      // the backup holds 2 datasets + 1 benchmark + 2 settings + 1 profile = 6 puts; from the 4th
      // on every put fails (the retry too)
      if (++calls >= 4) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await restoreBackup(store, read.backup)).toMatchObject({ ok: false, error: { code: 'quota' } });
    vi.restoreAllMocks();
    expect(await store.readSnapshot()).toEqual(before);
  });
});

