import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { DB_VERSION, migrations, openStore } from '../../../src/storage';
import { dumpDatabase, seedDatabase, type DatabaseDump } from './dumpDatabase';

// Relative to the project root, where vitest runs (import.meta.url is not a file: URL under jsdom).
const FIXTURES = resolve('test/fixtures/storage');
const read = (file: string): DatabaseDump => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));

/** One fixture per released schema version: v<N>.json as that release left it, v<N>.golden.json migrated. */
const versions = readdirSync(FIXTURES)
  .map((file) => /^v(\d+)\.json$/.exec(file)?.[1])
  .filter((version): version is string => version !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

/** The schema (store names and key paths) without records. */
const schemaOf = (dump: DatabaseDump | undefined) =>
  Object.fromEntries(Object.entries(dump?.stores ?? {}).map(([name, store]) => [name, store.keyPath]));

describe('migrations', () => {
  test('there is a fixture for every released schema version', () => {
    // versions 1..DB_VERSION, one fixture each
    expect(versions).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  test.each(versions)('a version %i database migrates to the golden copy', async (version) => {
    const factory = new IDBFactory();
    await seedDatabase(factory, 'fixture', read(`v${version}.json`));
    const store = await openStore({ name: 'fixture', idbFactory: factory });
    expect(store.persistent).toBe(true);
    store.close();
    expect(await dumpDatabase(factory, 'fixture')).toEqual(read(`v${version}.golden.json`));
  });

  test.each(versions)('the released steps still build the version %i schema of its fixture', async (version) => {
    // Guards "released migrations are never edited": steps 1..N must give exactly the fixture's stores.
    const factory = new IDBFactory();
    const request = factory.open('steps', version);
    request.onupgradeneeded = () => {
      const tx = request.transaction!;
      migrations.slice(0, version).forEach((step) => step(request.result as never, tx as never));
    };
    await new Promise((resolve) => (request.onsuccess = () => resolve(request.result.close())));
    expect(schemaOf(await dumpDatabase(factory, 'steps'))).toEqual(schemaOf(read(`v${version}.json`)));
  });

  test('the migrated fixture reads through the store', async () => {
    const factory = new IDBFactory();
    await seedDatabase(factory, 'fixture', read('v1.json'));
    const store = await openStore({ name: 'fixture', idbFactory: factory });
    expect(await store.listDatasets()).toEqual({
      ok: true,
      value: [
        // newest first: 2025-02-03 before 2025-01-10
        { id: 'ds-2024', name: 'Personeel 2024', savedAt: '2025-02-03T09:15:00.000Z', groupCount: 2, scheme: 'herkomst' },
        {
          id: 'ds-old',
          name: 'Personeel 2019 (oude indeling)',
          savedAt: '2025-01-10T16:00:00.000Z',
          groupCount: 1,
          scheme: 'migratieachtergrond',
        },
      ],
    });
    expect(await store.loadProfile()).toMatchObject({ ok: true, value: { name: 'Gemeente Voorbeeld', sector: 'O' } });
    expect(await store.loadSetting('locale')).toEqual({ ok: true, value: 'nl' });
    store.close();
  });
});
