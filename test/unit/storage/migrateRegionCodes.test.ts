import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../../src/storage';
import { OLD_REGION_IDS } from '../../../src/storage/migrateRegionCodes';
import { LABOUR_MARKET_REGIONS } from '../../../src/core/reference';
import { dumpDatabase, seedDatabase, type DatabaseDump } from './dumpDatabase';

// A database as releases before CBS's region codes left it: a profile in Groot Amsterdam under its
// old id AM19, composite parts in Regio Zwolle (old AM04) and Gorinchem (old AM26), and an imported
// regional table keyed by old ids. Written for schema version 1; the test does not care which
// version number the step gets at merge time, only that opening the store runs it.
const OLD: DatabaseDump = JSON.parse(readFileSync(resolve('test/fixtures/storage/v1-old-region-ids.json'), 'utf8'));

async function migrated() {
  const factory = new IDBFactory();
  await seedDatabase(factory, 'old-ids', OLD);
  const store = await openStore({ name: 'old-ids', idbFactory: factory });
  const profile = await store.loadProfile();
  store.close();
  return { profile, dump: await dumpDatabase(factory, 'old-ids') };
}

describe('migration of labour-market region ids to CBS codes', () => {
  test('the saved profile and its composite parts get CBS codes', async () => {
    const { profile } = await migrated();
    // By name in data/cbs/codes/arbeidsmarktregios-84916NED-2022.csv: Groot Amsterdam = AM18,
    // Regio Zwolle = AM36, Gorinchem = AM35; the sector-only part is untouched.
    expect(profile).toEqual({
      ok: true,
      value: {
        name: 'Zorggroep Voorbeeld', sector: 'Q', region: 'AM18', headcount: 1200,
        composite: [{ region: 'AM36', headcount: 300 }, { region: 'AM35', headcount: 100 }, { sector: 'Q', headcount: 800 }],
      },
    });
  });

  test('imported tables keyed by old ids are re-keyed; provinces and the national row stay', async () => {
    const { dump } = await migrated();
    const table = dump?.stores.benchmarks?.entries[0]?.[1] as { rows: Array<{ key: Record<string, string> }> };
    expect(table.rows.map((r) => r.key)).toEqual([{}, { region: 'AM18' }, { region: 'AM36' }, { region: 'PV27' }]);
  });

  test('the frozen map sends every old id to a distinct current CBS code with the same name', () => {
    // Old ids followed the order of domain-research.md §5.3; names from the old reference list.
    const oldNames: Record<string, string> = { AM04: 'Regio Zwolle', AM07: 'Achterhoek', AM10: 'FoodValley', AM19: 'Groot Amsterdam', AM26: 'Gorinchem', AM35: 'Zuid-Limburg' };
    const byId = new Map(LABOUR_MARKET_REGIONS.items.map((r) => [r.id, r.nl]));
    for (const [old, name] of Object.entries(oldNames)) expect(byId.get(OLD_REGION_IDS[old] ?? '')).toBe(name);
    const targets = Object.values(OLD_REGION_IDS);
    expect(new Set(targets).size).toBe(35);
    expect(targets.every((id) => byId.has(id))).toBe(true);
    // CBS has no AM04, AM16 or AM31
    expect([...byId.keys()].filter((id) => ['AM04', 'AM16', 'AM31'].includes(id))).toEqual([]);
  });
});
