import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  canonicalJson,
  createBackup,
  createMemoryStore,
  openStore,
  readBackup,
  restoreBackup,
  type Store,
  type VerifiedBackup,
} from '../../../src/storage';
import { dumpDatabase } from './dumpDatabase';
import { makeBenchmark, makeRecord, profile } from './records';

const NAME = 'backup';
const NOW = new Date('2026-03-01T09:00:00.000Z');
const opened: Store[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  opened.splice(0).forEach((store) => store.close());
});

async function filledStore(factory = new IDBFactory()): Promise<{ store: Store; factory: IDBFactory }> {
  const store = await openStore({ name: NAME, idbFactory: factory });
  opened.push(store);
  return { store: await fill(store), factory };
}

async function fill(store: Store): Promise<Store> {
  await store.saveDataset(makeRecord('a', '2026-01-01T10:00:00.000Z', 2));
  await store.saveDataset(makeRecord('b', '2026-02-01T10:00:00.000Z', 1));
  await store.saveProfile(profile);
  await store.saveSetting('locale', 'en');
  await store.saveSetting('lastBackupAt', '2026-01-15T00:00:00.000Z');
  await store.saveBenchmark(makeBenchmark('t1'));
  return store;
}

async function backupText(store: Store, passphrase?: string): Promise<string> {
  const result = await createBackup(store, { appVersion: '1.2.3', now: NOW, passphrase });
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

/** An independent SHA-256 (Node's, not WebCrypto) over a canonical text. */
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Rewrites a plain backup file and re-signs it, as a tool would that knows the format. */
function resign(text: string, change: (file: Record<string, any>) => void): string {
  const file = JSON.parse(text);
  change(file);
  const { sha256: _old, ...rest } = file;
  return JSON.stringify({ ...rest, sha256: sha256(canonicalJson(rest)) });
}

describe('createBackup', () => {
  test('an empty store: header fields and a SHA-256 over the canonical header + payload', async () => {
    const store = createMemoryStore();
    const file = JSON.parse(await backupText(store));
    // The canonical text written out by hand: keys sorted, no whitespace.
    const canonical =
      '{"appVersion":"1.2.3","createdAt":"2026-03-01T09:00:00.000Z","format":"barometer-backup",' +
      '"formatVersion":1,"payload":{"benchmarks":[],"datasets":[],"settings":{}}}';
    expect(file).toEqual({
      format: 'barometer-backup',
      formatVersion: 1,
      appVersion: '1.2.3',
      createdAt: '2026-03-01T09:00:00.000Z',
      sha256: sha256(canonical),
      payload: { datasets: [], benchmarks: [], settings: {} },
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
    const store = await openStore({ name: NAME, idbFactory: new IDBFactory() });
    opened.push(store);
    await store.saveDataset(makeRecord('a', '2025-01-01T00:00:00.000Z', 9));
    const before = await store.readSnapshot();
    const read = await readBackup(text, { store });
    if (!read.ok) throw new Error('unreadable');
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      // the backup holds 2 datasets + 1 benchmark + 2 settings + 1 profile = 6 puts; the 4th fails
      if (++calls === 4) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await restoreBackup(store, read.backup)).toMatchObject({ ok: false, error: { code: 'quota' } });
    vi.restoreAllMocks();
    expect(await store.readSnapshot()).toEqual(before);
  });
});

describe('passphrase encryption', () => {
  test('round trip; the file holds no plain data and the parameters the brief asks for', async () => {
    const { store } = await filledStore();
    const before = await store.readSnapshot();
    const text = await backupText(store, 'correct horse battery staple');
    const file = JSON.parse(text);
    expect(text).not.toContain('Dataset a');
    expect(text).not.toContain('Gemeente Voorbeeld');
    expect(file.payload).toBeUndefined();
    expect(file.encryption).toMatchObject({ cipher: 'AES-GCM-256', kdf: 'PBKDF2-SHA-256' });
    expect(file.encryption.iterations).toBeGreaterThanOrEqual(310_000);
    // base64 of 16 bytes = 24 characters, of 12 bytes = 16
    expect(file.encryption.salt).toHaveLength(24);
    expect(file.encryption.iv).toHaveLength(16);
    await store.wipe();
    const read = await readBackup(text, { store, passphrase: 'correct horse battery staple' });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.backup.preview.encrypted).toBe(true);
    expect((await restoreBackup(store, read.backup)).ok).toBe(true);
    expect(await store.readSnapshot()).toEqual(before);
  });

  test('two backups of the same data use a fresh salt and IV', async () => {
    const store = createMemoryStore();
    const [one, two] = [JSON.parse(await backupText(store, 'pw')), JSON.parse(await backupText(store, 'pw'))];
    expect(one.encryption.salt).not.toBe(two.encryption.salt);
    expect(one.encryption.iv).not.toBe(two.encryption.iv);
  });

  const flip = (base64: string, at: number) =>
    base64.slice(0, at) + (base64[at] === 'A' ? 'B' : 'A') + base64.slice(at + 1);
  const cases: Array<{ name: string; passphrase?: string; change?: (file: Record<string, any>) => void; code: string }> = [
    { name: 'no passphrase given', code: 'passphrase-required' },
    { name: 'a wrong passphrase', passphrase: 'wrong', code: 'wrong-passphrase' },
    { name: 'a flipped ciphertext character', passphrase: 'pw', change: (f) => (f.ciphertext = flip(f.ciphertext, 10)), code: 'corrupted' },
    { name: 'a cut ciphertext', passphrase: 'pw', change: (f) => (f.ciphertext = f.ciphertext.slice(0, 40)), code: 'corrupted' },
    { name: 'a changed IV', passphrase: 'pw', change: (f) => (f.encryption.iv = flip(f.encryption.iv, 2)), code: 'corrupted' },
    { name: 'ciphertext that is not base64', passphrase: 'pw', change: (f) => (f.ciphertext = '***'), code: 'corrupted' },
    {
      name: 'iterations lowered below 310,000',
      passphrase: 'pw',
      change: (f) => (f.encryption.iterations = 1000),
      code: 'schema',
    },
    { name: 'a changed creation date', passphrase: 'pw', change: (f) => (f.createdAt = '2020-01-01T00:00:00.000Z'), code: 'hash-mismatch' },
  ];

  test.each(cases)('$name → $code, store untouched', async ({ passphrase, change, code }) => {
    const { store, factory } = await filledStore();
    const file = JSON.parse(await backupText(store, 'pw'));
    change?.(file);
    const before = await dumpDatabase(factory, NAME);
    const result = await readBackup(JSON.stringify(file), { store, passphrase });
    expect(result).toMatchObject({ ok: false, problems: [{ code }] });
    expect(await dumpDatabase(factory, NAME)).toEqual(before);
  });
});
