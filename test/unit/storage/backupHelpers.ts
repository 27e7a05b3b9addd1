import { createHash } from 'node:crypto';
import { IDBFactory } from 'fake-indexeddb';
import { canonicalJson, createBackup, openStore, type Store } from '../../../src/storage';
import { makeBenchmark, makeRecord, profile } from './records';

/** Shared by the backup tests: filled stores, backup text, and an independent re-signer. */

export const NAME = 'backup';
export const NOW = new Date('2026-03-01T09:00:00.000Z');

const opened: Store[] = [];
/** Call in afterEach. */
export function closeOpened(): void {
  opened.splice(0).forEach((store) => store.close());
}

export async function filledStore(factory = new IDBFactory()): Promise<{ store: Store; factory: IDBFactory }> {
  const store = await openStore({ name: NAME, idbFactory: factory });
  opened.push(store);
  return { store: await fill(store), factory };
}

export async function emptyStore(): Promise<Store> {
  const store = await openStore({ name: NAME, idbFactory: new IDBFactory() });
  opened.push(store);
  return store;
}

export async function fill(store: Store): Promise<Store> {
  await store.saveDataset(makeRecord('a', '2026-01-01T10:00:00.000Z', 2));
  // Flows are kept with their dataset (issue #18): the round trip carries them too.
  const flows = { stages: ['sollicitanten', 'aangenomen'], fileName: 'stromen.csv', counts: [{ period: '2026', group: 'Afdeling 1', category: 'europa', kind: 'in' as const, count: 2 }] };
  await store.saveDataset({ ...makeRecord('b', '2026-02-01T10:00:00.000Z', 1), dataset: { ...makeRecord('b', '').dataset, flows } });
  await store.saveProfile(profile);
  await store.saveSetting('locale', 'en');
  await store.saveSetting('lastBackupAt', '2026-01-15T00:00:00.000Z');
  await store.saveBenchmark(makeBenchmark('t1'));
  return store;
}

export async function backupText(store: Store, passphrase?: string): Promise<string> {
  const result = await createBackup(store, { appVersion: '1.2.3', now: NOW, passphrase });
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

/** An independent SHA-256 (Node's, not WebCrypto) over a text. */
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Rewrites a plain backup file and re-signs it, as a tool that knows the format would. */
export function resign(text: string, change: (file: Record<string, any>) => void): string {
  const file = JSON.parse(text);
  change(file);
  const { sha256: _old, ...rest } = file;
  return JSON.stringify({ ...rest, sha256: sha256(canonicalJson(rest)) });
}
