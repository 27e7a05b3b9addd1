import type { BenchmarkTable, OrganisationProfile } from '../core/types';
import { createEmitter } from './createEmitter';
import { attempt } from './results';
import { sortNewestFirst, summarizeDataset } from './summarizeDataset';
import type { PublishedRecord } from './publishedCache';
import type { DatasetRecord, StorageError, StorageResult, Store, StoreEvent, StoreSnapshot } from './types';

/**
 * The same Store in memory, for when IndexedDB is missing or refuses to open. Values are cloned in
 * and out, as IndexedDB does, so callers cannot change stored data by mutating what they passed.
 */
export function createMemoryStore(fallbackReason?: StorageError): Store {
  const datasets = new Map<string, DatasetRecord>();
  const benchmarks = new Map<string, BenchmarkTable>();
  const settings = new Map<string, unknown>();
  const published = new Map<string, PublishedRecord>();
  let profile: OrganisationProfile | undefined;
  let closed = false;
  const events = createEmitter<StoreEvent>();

  function run<T>(action: () => T): Promise<StorageResult<T>> {
    if (closed) {
      return Promise.resolve({ ok: false, error: { code: 'closed', detail: 'The store was closed.' } });
    }
    return attempt(async () => action());
  }

  function requireId(value: { id?: unknown }): void {
    if (typeof value.id !== 'string') throw new DOMException('The record has no string id.', 'DataError');
  }

  return {
    persistent: false,
    fallbackReason,
    listDatasets: () => run(() => sortNewestFirst([...datasets.values()].map(summarizeDataset))),
    loadDataset: (id) => run(() => structuredClone(datasets.get(id))),
    saveDataset: (record) =>
      run(() => {
        requireId(record);
        datasets.set(record.id, structuredClone(record));
      }),
    deleteDataset: (id) =>
      run(() => {
        datasets.delete(id);
        for (const [key, record] of published) if (record.datasetId === id) published.delete(key);
      }),
    loadPublished: (key) => run(() => structuredClone(published.get(key))),
    savePublished: (record) =>
      run(() => void (datasets.has(record.datasetId) && published.set(record.key, structuredClone(record)))),
    loadProfile: () => run(() => structuredClone(profile)),
    saveProfile: (value) => run(() => void (profile = structuredClone(value))),
    loadSetting: <T>(key: string) => run(() => structuredClone(settings.get(key)) as T | undefined),
    saveSetting: (key, value) => run(() => void settings.set(key, structuredClone(value))),
    listBenchmarks: () => run(() => structuredClone([...benchmarks.values()])),
    saveBenchmark: (table) =>
      run(() => {
        requireId(table);
        benchmarks.set(table.id, structuredClone(table));
      }),
    deleteBenchmark: (id) => run(() => void benchmarks.delete(id)),
    readSnapshot: () =>
      run(
        (): StoreSnapshot =>
          structuredClone({
            datasets: [...datasets.values()],
            ...(profile ? { profile } : {}),
            benchmarks: [...benchmarks.values()],
            settings: Object.fromEntries(settings),
          }),
      ),
    writeSnapshot: (snapshot) =>
      run(() => {
        // Clone and check everything first so a bad record leaves the store as it was.
        const copy = structuredClone(snapshot);
        copy.datasets.forEach(requireId);
        copy.benchmarks.forEach(requireId);
        for (const record of copy.datasets) datasets.set(record.id, record);
        for (const table of copy.benchmarks) benchmarks.set(table.id, table);
        for (const [key, value] of Object.entries(copy.settings)) settings.set(key, value);
        if (copy.profile) profile = copy.profile;
      }),
    wipe: () =>
      run(() => {
        datasets.clear();
        benchmarks.clear();
        settings.clear();
        published.clear();
        profile = undefined;
      }),
    close: () => void (closed = true),
    onChange: (listener) => events.on(listener),
  };
}
