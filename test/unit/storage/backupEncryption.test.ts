import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { createMemoryStore, readBackup, restoreBackup } from '../../../src/storage';
import { backupText, closeOpened, filledStore, NAME } from './backupHelpers';
import { dumpDatabase } from './dumpDatabase';

afterEach(closeOpened);

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
