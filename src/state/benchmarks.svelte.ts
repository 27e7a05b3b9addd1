import {
  compositeBenchmark,
  currentKey,
  lookupBenchmark,
  type BenchmarkManifestEntry,
  type BenchmarkDimension,
  type BenchmarkRequest,
  type CompositeResult,
} from '../core';
import { compositeParts, currentFromComposite, currentFromMatch, neededEntries, profileRequest, type CurrentBenchmark as CurrentBenchmarkView } from '../core/views/benchmarks';
import { translate } from '../i18n/translate';
import { wordBenchmark, type WordedBenchmark } from '../i18n/wordBenchmark';
import type { BenchmarkTable, Dataset, Locale, OrganisationProfile } from '../core/types';
import type { Store, StorageErrorCode } from '../storage';
import { loadBenchmarkJson } from './loadBenchmarkJson';
import { parseCbsRegions, type CbsRegion } from '../core/reference/cbsRegion';
import { parseImportedTrend, parseRegionalTrend } from '../core/benchmarks/regionTrend';
import type { ImportedOriginTrend } from '../core/benchmarks/import/notDutchTrend';
import type { RegionalTrend } from '../core/benchmarks/real/regionalTables';

/** The benchmark the overview compares with, in words. */
export type CurrentBenchmark = WordedBenchmark;

/**
 * A benchmark view in words. Its messages are the first screen's (panels), in the shell's Dutch
 * and, once the user picks English, loaded before the language switches: never a raw key.
 */
function wordIn(locale: Locale, view: CurrentBenchmarkView): CurrentBenchmark {
  return wordBenchmark((key, params) => translate(locale, key, params), locale, view);
}

/** The setting that keeps the user's imported trend. */
const IMPORTED_TREND_KEY = 'importedOriginTrend';

// The checks of bundled files load with the first file they read, in parallel with its fetch:
// nothing before it needs them, so they stay out of the initial bundle.
async function readManifest(): Promise<BenchmarkManifestEntry[]> {
  const [{ parseBenchmarkManifest }, json] = await Promise.all([import('../core/benchmarks/parseBenchmarkManifest'), loadBenchmarkJson('manifest.json')]);
  return parseBenchmarkManifest(json).entries;
}

async function readTable(file: string): Promise<BenchmarkTable | null> {
  const [{ parseBenchmarkTable }, json] = await Promise.all([import('../core/benchmarks/parseBenchmarkTable'), loadBenchmarkJson(file)]);
  const parsed = parseBenchmarkTable(json);
  return parsed.ok ? parsed.table : null;
}

/**
 * The benchmark tables — bundled ones fetched lazily from the app's own origin, and the user's
 * imports from storage — and the look-up for the dataset and profile on screen. Only the bundled
 * tables the profile needs are loaded; imports take part in every look-up and win ties.
 */
export class BenchmarkState {
  readonly #dataset: () => Dataset | null;
  readonly #profile: () => OrganisationProfile;
  readonly #locale: () => Locale;
  readonly #store: () => Store | null;
  manifest = $state.raw<BenchmarkManifestEntry[]>([]);
  /** Bundled tables loaded so far. */
  tables = $state.raw<BenchmarkTable[]>([]);
  /** Tables the user imported, as kept in storage. */
  imported = $state.raw<BenchmarkTable[]>([]);
  loading = $state(true);
  /** Every region of CBS's regional table (landsdelen, provinces, COROP, municipalities), loaded on first use. */
  regions = $state.raw<CbsRegion[]>([]);
  #regionsLoad: Promise<void> | null = null;
  /** CBS's regional trend (86008NED), loaded when a benchmark first shows it. */
  trend = $state.raw<RegionalTrend | null>(null);
  /** The user's own trend download (86008NED: share not of Dutch origin), kept as a setting; shown before the bundled one. */
  importedTrend = $state.raw<ImportedOriginTrend | null>(null);
  #trendLoad: Promise<void> | null = null;
  #requested = new Set<string>();
  #importedFrom: Store | null = null;
  #manifestLoad: Promise<BenchmarkManifestEntry[]> | null = null;
  #browsed = new Map<string, Promise<BenchmarkTable | null>>();

  /** `store` is optional so that a state without storage (tests, no IndexedDB) still works. */
  constructor(dataset: () => Dataset | null, profile: () => OrganisationProfile, locale: () => Locale, store: () => Store | null = () => null) {
    this.#dataset = dataset;
    this.#profile = profile;
    this.#locale = locale;
    this.#store = store;
  }

  /** Every table the look-up may use; imports first (lookupBenchmark prefers them on ties anyway). */
  all: BenchmarkTable[] = $derived(this.imported.length > 0 ? [...this.imported, ...this.tables] : this.tables);

  request: BenchmarkRequest | null = $derived.by(() => {
    const dataset = this.#dataset();
    if (!dataset) return null;
    const period = Object.values(currentKey(dataset))[0];
    const latest = Math.max(0, ...this.manifest.filter((e) => e.scheme === dataset.scheme).map((e) => e.year));
    const year = Number(period) || latest || new Date().getFullYear();
    return profileRequest(this.#profile(), dataset.scheme, year);
  });

  parts = $derived.by(() => compositeParts(this.#profile().composite));

  /** Manifest entries the request and its composite parts need: scheme, nearest year, dimensions asked. */
  needed: BenchmarkManifestEntry[] = $derived(neededEntries(this.manifest, this.request, this.parts));

  /** The composite mix when the profile has parts; null without parts or tables. */
  composite: CompositeResult | null = $derived.by(() => {
    const request = this.request;
    if (!request || this.parts.length === 0 || this.all.length === 0) return null;
    return compositeBenchmark(this.all, request, this.parts);
  });

  current: CurrentBenchmark | null = $derived.by(() => {
    const request = this.request;
    if (!request || this.all.length === 0) return null;
    const locale = this.#locale();
    const composite = this.composite;
    if (composite?.ok) return wordIn(locale, currentFromComposite(composite, this.parts));
    const found = lookupBenchmark(this.all, request);
    if (!found.ok) return null;
    // Unusable parts fall back to the profile's own cell, and say why.
    return wordIn(locale, currentFromMatch(found, composite && !composite.ok ? composite.issues : []));
  });

  /**
   * Loads the manifest once, the user's imports once per store, then every needed bundled table
   * not yet loaded. The store is read before the first await so that an effect calling this runs
   * again when storage opens. Failures leave no benchmark, never an exception.
   */
  async ensureLoaded(): Promise<void> {
    const store = this.#store();
    try {
      // The manifest is fetched while the imports are read: the first benchmark waits for both.
      const manifest = (this.#manifestLoad ??= readManifest().catch((error: unknown) => {
        this.#manifestLoad = null; // the next call tries again
        throw error;
      }));
      manifest.catch(() => {}); // awaited below, unless reading the imports fails first
      if (store && store !== this.#importedFrom) {
        this.#importedFrom = store;
        await this.loadImported(store);
      }
      if (this.manifest.length === 0) this.manifest = await manifest;
      const missing = this.needed.filter((e) => !this.#requested.has(e.id));
      for (const entry of missing) this.#requested.add(entry.id);
      const loaded = await Promise.all(missing.map((e) => readTable(e.file)));
      const tables = loaded.filter((t) => t !== null);
      if (tables.length > 0) this.tables = this.#inManifestOrder([...this.tables, ...tables]);
    } catch (error) {
      console.warn('benchmarks:', error);
    } finally {
      this.loading = false;
    }
  }

  /**
   * Equally specific cells from two bundled tables (sector × region, sector × size) go to the one
   * listed first; keeping manifest order, not load order, makes that choice the same every time.
   */
  #inManifestOrder(tables: BenchmarkTable[]): BenchmarkTable[] {
    const rank = new Map(this.manifest.map((e, i) => [e.id, i]));
    return tables.sort((a, b) => (rank.get(a.id) ?? rank.size) - (rank.get(b.id) ?? rank.size));
  }

  /** Reads the user's imported tables from `store`; returns the error code on failure. */
  async loadImported(store: Store): Promise<StorageErrorCode | null> {
    const result = await store.listBenchmarks();
    if (!result.ok) return result.error.code;
    this.imported = result.value;
    const trend = await store.loadSetting<unknown>(IMPORTED_TREND_KEY);
    if (trend.ok) this.importedTrend = parseImportedTrend(trend.value);
    return null;
  }

  /** Saves the imported trend (one at a time: a new one replaces the last); without a store, for this session. */
  async saveImportedTrend(store: Store | null, trend: ImportedOriginTrend | null): Promise<StorageErrorCode | null> {
    const result = await store?.saveSetting(IMPORTED_TREND_KEY, trend);
    if (result && !result.ok) return result.error.code;
    this.importedTrend = trend;
    return null;
  }

  /**
   * Saves imported tables (replacing any with the same id) and uses them at once. Without a store
   * (storage unavailable) they are used for this session only.
   */
  async saveImported(store: Store | null, tables: readonly BenchmarkTable[]): Promise<StorageErrorCode | null> {
    for (const table of tables) {
      if (!store) break;
      const result = await store.saveBenchmark(table);
      if (!result.ok) return result.error.code;
    }
    const ids = new Set(tables.map((t) => t.id));
    this.imported = [...this.imported.filter((t) => !ids.has(t.id)), ...tables];
    return null;
  }

  async deleteImported(store: Store | null, id: string): Promise<StorageErrorCode | null> {
    const result = await store?.deleteBenchmark(id);
    if (result && !result.ok) return result.error.code;
    this.imported = this.imported.filter((t) => t.id !== id);
    return null;
  }

  /**
   * The benchmark for one cell chosen outright (e.g. sector × the top 10% wage class), not the
   * profile's: in the dataset's scheme and year, loading the bundled tables it needs. Null without
   * a dataset or a table with exactly that cell (no fallback to a coarser one).
   */
  async lookupCell(cell: Partial<Record<BenchmarkDimension, string>>): Promise<CurrentBenchmark | null> {
    const base = this.request;
    // Read before the first await, so that an effect calling this runs again when the language changes.
    const locale = this.#locale();
    if (!base) return null;
    const request: BenchmarkRequest = { scheme: base.scheme, year: base.year, ...cell };
    const entries = neededEntries(this.manifest, request);
    const loaded = await Promise.all(entries.map((e) => this.browse(e)));
    const found = lookupBenchmark([...this.imported, ...loaded.filter((t) => t !== null)], request);
    return found.ok && found.dropped.length === 0 ? wordIn(locale, currentFromMatch(found)) : null;
  }

  /** Loads the region list once, for the region choice; a failure leaves the built-in lists only. */
  loadRegions(): Promise<void> {
    this.#regionsLoad ??= loadBenchmarkJson('regions.json').then(
      (json) => void (this.regions = parseCbsRegions(json)),
      () => void (this.#regionsLoad = null),
    );
    return this.#regionsLoad;
  }

  /** Loads the regional trend once; a failure leaves no trend (and a later call tries again). */
  loadTrend(): Promise<void> {
    this.#trendLoad ??= loadBenchmarkJson('trend-86008NED.json').then(
      (json) => void (this.trend = parseRegionalTrend(json)),
      () => void (this.#trendLoad = null),
    );
    return this.#trendLoad;
  }

  /** One bundled table for the browser, loaded once; kept apart from the look-up's tables. */
  browse(entry: BenchmarkManifestEntry): Promise<BenchmarkTable | null> {
    const loaded = this.tables.find((t) => t.id === entry.id);
    if (loaded) return Promise.resolve(loaded);
    let pending = this.#browsed.get(entry.id);
    if (!pending) {
      pending = readTable(entry.file).catch(() => null);
      this.#browsed.set(entry.id, pending);
    }
    return pending;
  }
}
