import type { BenchmarkTable, Dataset, OrganisationProfile, SchemeId } from '../core/types';
import type { PublishedRecord } from './publishedCache';

/** Why a storage call failed. The UI maps the code to a localized message; `detail` is for the console. */
export type StorageErrorCode =
  | 'quota'
  | 'unavailable'
  | 'blocked'
  | 'version-change'
  | 'closed'
  | 'not-found'
  | 'invalid'
  | 'unknown';

export interface StorageError {
  code: StorageErrorCode;
  /** Technical text for the console, never shown as the user-facing message. */
  detail: string;
}

/** Every storage call returns this instead of throwing. */
export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

/** A saved dataset: one IndexedDB record holding the whole dataset, never one record per cell. */
export interface DatasetRecord {
  id: string;
  name: string;
  /** ISO 8601 timestamp of the save. */
  savedAt: string;
  dataset: Dataset;
}

/** What the dataset list shows, without the groups. */
export interface DatasetSummary {
  id: string;
  name: string;
  savedAt: string;
  groupCount: number;
  scheme: SchemeId;
}

/** What the user can do about an event. */
export type StoreAction = 'reload' | 'close-other-tabs' | 'none';

/** Something happened to the connection outside the app's own calls. */
export type StoreEvent =
  /** Another tab opened a newer schema; this store closed itself and only a reload helps. */
  | { type: 'version-change'; action: 'reload'; newVersion: number }
  /** This store's upgrade or wipe waits for an older connection (another tab) to close. */
  | { type: 'blocked'; action: 'close-other-tabs'; currentVersion: number; requestedVersion: number | null }
  /** The browser closed the connection (storage cleared, disk error); reopened or not. */
  | { type: 'terminated'; action: 'none' | 'reload'; reopened: boolean }
  /** Another tab wiped all data; this store refuses every call from now on. */
  | { type: 'wiped-elsewhere'; action: 'reload' };

/** Everything the app keeps: the unit of backup and restore. */
export interface StoreSnapshot {
  datasets: DatasetRecord[];
  profile?: OrganisationProfile;
  /** Benchmark tables the user imported (bundled tables are not stored). */
  benchmarks: BenchmarkTable[];
  settings: Record<string, unknown>;
}

export interface Store {
  /** False for the in-memory fallback: nothing survives a reload (show the "not saved" banner). */
  readonly persistent: boolean;
  /** Why the store fell back to memory, when it did. */
  readonly fallbackReason?: StorageError;
  /** Newest first. */
  listDatasets(): Promise<StorageResult<DatasetSummary[]>>;
  loadDataset(id: string): Promise<StorageResult<DatasetRecord | undefined>>;
  /** One transaction: the record is written whole or not at all. */
  saveDataset(record: DatasetRecord): Promise<StorageResult<void>>;
  /** Deletes the dataset and every published table kept for it, in one transaction. */
  deleteDataset(id: string): Promise<StorageResult<void>>;
  /** The published table kept under `key` (publishKey: content, rules, algorithm), if any. */
  loadPublished(key: string): Promise<StorageResult<PublishedRecord | undefined>>;
  savePublished(record: PublishedRecord): Promise<StorageResult<void>>;
  loadProfile(): Promise<StorageResult<OrganisationProfile | undefined>>;
  saveProfile(profile: OrganisationProfile): Promise<StorageResult<void>>;
  loadSetting<T>(key: string): Promise<StorageResult<T | undefined>>;
  saveSetting(key: string, value: unknown): Promise<StorageResult<void>>;
  listBenchmarks(): Promise<StorageResult<BenchmarkTable[]>>;
  saveBenchmark(table: BenchmarkTable): Promise<StorageResult<void>>;
  deleteBenchmark(id: string): Promise<StorageResult<void>>;
  /** Everything, read in one transaction (for backups). */
  readSnapshot(): Promise<StorageResult<StoreSnapshot>>;
  /** Adds or replaces every record of the snapshot in one transaction (for restores). */
  writeSnapshot(snapshot: StoreSnapshot): Promise<StorageResult<void>>;
  /** Deletes the database and tells other tabs; reads then return the first-visit state. */
  wipe(): Promise<StorageResult<void>>;
  close(): void;
  /** Returns the unsubscribe function. */
  onChange(listener: (event: StoreEvent) => void): () => void;
}

export interface OpenStoreOptions {
  /** Database name; tests pass their own. */
  name?: string;
  /** Defaults to `globalThis.indexedDB`. */
  idbFactory?: IDBFactory;
  /** Events that happen before the store exists (an upgrade blocked by another tab). */
  onEvent?: (event: StoreEvent) => void;
}
