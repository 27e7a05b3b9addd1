import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { BarometerDB } from './schema';

/**
 * Labour-market region ids before CBS's codes were adopted (issue 17) -> CBS's codes (84916NED),
 * matched by name. Frozen here: a released step never changes, whatever the reference list becomes.
 * It is a permutation, so each id is mapped once and never again.
 */
export const OLD_REGION_IDS: Readonly<Record<string, string>> = {
  AM01: 'AM01', AM02: 'AM02', AM03: 'AM03', AM04: 'AM36', AM05: 'AM05', AM06: 'AM06', AM07: 'AM09',
  AM08: 'AM07', AM09: 'AM08', AM10: 'AM38', AM11: 'AM10', AM12: 'AM11', AM13: 'AM13', AM14: 'AM14',
  AM15: 'AM12', AM16: 'AM15', AM17: 'AM17', AM18: 'AM37', AM19: 'AM18', AM20: 'AM19', AM21: 'AM34',
  AM22: 'AM21', AM23: 'AM20', AM24: 'AM22', AM25: 'AM23', AM26: 'AM35', AM27: 'AM24', AM28: 'AM25',
  AM29: 'AM26', AM30: 'AM27', AM31: 'AM28', AM32: 'AM32', AM33: 'AM29', AM34: 'AM33', AM35: 'AM30',
};

type UpgradeTransaction = IDBPTransaction<BarometerDB, StoreNames<BarometerDB>[], 'versionchange'>;
type Loose = Record<string, unknown>;

const mapped = (id: unknown): unknown => (typeof id === 'string' && id in OLD_REGION_IDS ? OLD_REGION_IDS[id] : id);

/** A profile with its region and its composite parts' regions in CBS codes. */
export function profileWithRegionCodes(profile: Loose): Loose {
  const out: Loose = { ...profile, region: mapped(profile.region) };
  if (Array.isArray(profile.composite)) {
    out.composite = profile.composite.map((part: unknown) => (part && typeof part === 'object' && 'region' in part ? { ...part, region: mapped((part as Loose).region) } : part));
  }
  return out;
}

/** An imported benchmark table whose row keys name regions, with the keys in CBS codes. */
export function tableWithRegionCodes(table: Loose): Loose {
  if (!Array.isArray(table.rows)) return table;
  const rows = table.rows.map((row: unknown) => {
    const key = row && typeof row === 'object' ? (row as Loose).key : undefined;
    if (!key || typeof key !== 'object' || !('region' in key)) return row;
    return { ...(row as Loose), key: { ...(key as Loose), region: mapped((key as Loose).region) } };
  });
  return { ...table, rows };
}

/**
 * Schema step: saved profiles and imported tables move from the old labour-market region ids to
 * CBS's codes. Records are rewritten inside the upgrade transaction with plain cursor callbacks (no
 * promises, so the transaction never idles), and a failed request aborts the upgrade: the database
 * then stays at the old version, untouched. No store is created or dropped.
 */
export function migrateRegionCodes(_db: IDBPDatabase<BarometerDB>, tx: UpgradeTransaction): void {
  // The step gets idb's wrapper when the app opens the database; tests may pass the raw transaction.
  const raw = (unwrap(tx as unknown as IDBPTransaction) ?? tx) as unknown as IDBTransaction;
  const rewrite = (name: 'profile' | 'benchmarks', change: (value: Loose) => Loose) => {
    if (!raw.objectStoreNames.contains(name)) return;
    const request = raw.objectStore(name).openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      const value = cursor.value as unknown;
      if (value && typeof value === 'object') cursor.update(change(value as Loose));
      cursor.continue();
    };
  };
  rewrite('profile', profileWithRegionCodes);
  rewrite('benchmarks', tableWithRegionCodes);
}
