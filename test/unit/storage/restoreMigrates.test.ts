import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { canonicalJson, DB_VERSION, readBackup, restoreBackup, type Store } from '../../../src/storage';
import type { BenchmarkTable, OrganisationProfile } from '../../../src/core/types';
import { backupText, closeOpened, emptyStore, NOW, sha256 } from './backupHelpers';
import { makeRecord } from './records';

afterEach(closeOpened);

// Old labour-market ids, from before CBS's codes (the frozen table in migrateRegionCodes.ts, matched
// by region name): old AM19 is CBS's AM18 (Groot Amsterdam), old AM04 is AM36, old AM10 is AM38.
const oldProfile: OrganisationProfile = {
  name: 'Gemeente Voorbeeld', sector: 'O', region: 'AM19', headcount: 420,
  composite: [{ region: 'AM04', headcount: 100 }, { region: 'AM10', headcount: 50 }],
};
const oldTable: BenchmarkTable = {
  id: 'import-85512NED-2021', scheme: 'herkomst', year: 2021, population: 'persons', dimensions: ['region'],
  title: { nl: 'Werkzame beroepsbevolking naar herkomst en regio', en: 'Working population by origin and region' },
  provenance: { kind: 'imported', source: 'CBS StatLine 85512NED (geïmporteerd)', tableId: '85512NED' },
  rows: [
    { key: {}, shares: { nederland: 0.761, europa: 0.08, 'buiten-europa': 0.159 } },
    { key: { region: 'AM19' }, shares: { nederland: 0.5, europa: 0.1, 'buiten-europa': 0.4 } },
  ],
};

/** A backup file as the app wrote it before it recorded the schema version (format 1, old ids). */
function oldBackupText(): string {
  const header = { format: 'barometer-backup', formatVersion: 1, appVersion: '0.1.0', createdAt: NOW.toISOString() };
  const payload = { datasets: [makeRecord('a', '2026-01-01T10:00:00.000Z')], profile: oldProfile, benchmarks: [oldTable], settings: { locale: 'nl' } };
  return JSON.stringify({ ...header, sha256: sha256(canonicalJson({ ...header, payload })), payload });
}

async function restore(store: Store, text: string) {
  const read = await readBackup(text, { store });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return restoreBackup(store, read.backup);
}

describe('restoring a backup runs the schema steps it missed', () => {
  test('a backup from before the region-code step: profile, composite and imported tables get CBS codes', async () => {
    const store = await emptyStore();
    expect(await restore(store, oldBackupText())).toEqual({ ok: true, value: undefined });
    const profile = await store.loadProfile();
    expect(profile.ok && profile.value).toMatchObject({ region: 'AM18', composite: [{ region: 'AM36', headcount: 100 }, { region: 'AM38', headcount: 50 }] });
    const tables = await store.listBenchmarks();
    expect(tables.ok && tables.value[0]?.rows.map((r) => r.key)).toEqual([{}, { region: 'AM18' }]);
    // the rest is restored unchanged
    const snapshot = await store.readSnapshot();
    expect(snapshot.ok && snapshot.value.datasets.map((d) => d.id)).toEqual(['a']);
    expect(snapshot.ok && snapshot.value.settings).toEqual({ locale: 'nl' });
  });

  test('a new backup records its schema version and is restored as it is (no second mapping)', async () => {
    const store = await emptyStore();
    await store.saveProfile({ ...oldProfile, region: 'AM19', composite: [] }); // AM19 is, in CBS codes, Gooi en Vechtstreek
    const text = await backupText(store);
    expect(JSON.parse(text).schemaVersion).toBe(DB_VERSION);
    await store.wipe();
    await restore(store, text);
    const profile = await store.loadProfile();
    expect(profile.ok && profile.value?.region).toBe('AM19');
  });

  test('an unversioned backup already holding a code only CBS uses (AM37) is not mapped again', async () => {
    const header = { format: 'barometer-backup', formatVersion: 1, appVersion: '0.1.0', createdAt: NOW.toISOString() };
    const payload = { datasets: [], profile: { ...oldProfile, region: 'AM37', composite: [{ region: 'AM19', headcount: 3 }] }, benchmarks: [], settings: {} };
    const text = JSON.stringify({ ...header, sha256: sha256(canonicalJson({ ...header, payload })), payload });
    const store = await emptyStore();
    await restore(store, text);
    const profile = await store.loadProfile();
    expect(profile.ok && profile.value).toMatchObject({ region: 'AM37', composite: [{ region: 'AM19' }] });
  });

  test('a backup from a newer schema is refused before anything is written', async () => {
    const header = { format: 'barometer-backup', formatVersion: 1, appVersion: '9.0.0', createdAt: NOW.toISOString(), schemaVersion: DB_VERSION + 1 };
    const payload = { datasets: [], benchmarks: [], settings: {} };
    const text = JSON.stringify({ ...header, sha256: sha256(canonicalJson({ ...header, payload })), payload });
    const read = await readBackup(text, { store: await emptyStore() });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]?.code).toBe('newer-format');
  });

  test('the scratch database used for the steps is deleted afterwards', async () => {
    const factory = new IDBFactory();
    const store = await emptyStore();
    const read = await readBackup(oldBackupText(), { store });
    if (!read.ok) throw new Error('unreadable');
    expect((await restoreBackup(store, read.backup, factory)).ok).toBe(true);
    expect(await factory.databases()).toEqual([]);
  });
});
