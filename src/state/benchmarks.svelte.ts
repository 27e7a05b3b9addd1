import {
  SBI_SECTIONS,
  currentKey,
  lookupBenchmark,
  parseBenchmarkManifest,
  parseBenchmarkTable,
  type BenchmarkManifestEntry,
  type BenchmarkRequest,
} from '../core';
import type { BenchmarkProvenance, BenchmarkTable, Dataset, Locale, OrganisationProfile } from '../core/types';
import { translate } from '../i18n/translate';
import { loadBenchmarkJson } from './loadBenchmarkJson';

/** The benchmark the overview compares with, ready to show. */
export interface CurrentBenchmark {
  shares: Record<string, number>;
  provenance: BenchmarkProvenance;
  /** What the benchmark is, e.g. "sector O Openbaar bestuur, 2024". */
  label: string;
  /** Which fallback was used (nearest year, coarser cell), when one was. */
  note?: string;
}

/**
 * Bundled benchmark tables, fetched lazily from the app's own origin, and the lookup for the
 * dataset and profile on screen. Only the tables the profile needs are loaded.
 */
export class BenchmarkState {
  readonly #dataset: () => Dataset | null;
  readonly #profile: () => OrganisationProfile;
  readonly #locale: () => Locale;
  manifest = $state.raw<BenchmarkManifestEntry[]>([]);
  tables = $state.raw<BenchmarkTable[]>([]);
  loading = $state(true);
  #requested = new Set<string>();

  constructor(dataset: () => Dataset | null, profile: () => OrganisationProfile, locale: () => Locale) {
    this.#dataset = dataset;
    this.#profile = profile;
    this.#locale = locale;
  }

  request: BenchmarkRequest | null = $derived.by(() => {
    const dataset = this.#dataset();
    if (!dataset) return null;
    const profile = this.#profile();
    const period = Object.values(currentKey(dataset))[0];
    const latest = Math.max(0, ...this.manifest.filter((e) => e.scheme === dataset.scheme).map((e) => e.year));
    return {
      scheme: dataset.scheme,
      year: Number(period) || latest || new Date().getFullYear(),
      sector: profile.sector,
      region: profile.region,
      locale: this.#locale(),
    };
  });

  /** Manifest entries the request needs: its scheme, nearest year, dimensions it asks for. */
  needed: BenchmarkManifestEntry[] = $derived.by(() => {
    const request = this.request;
    if (!request) return [];
    const inScheme = this.manifest.filter((e) => e.scheme === request.scheme);
    if (inScheme.length === 0) return [];
    const year = inScheme.reduce((best, e) => (Math.abs(e.year - request.year) < Math.abs(best - request.year) ? e.year : best), inScheme[0]!.year);
    const asked = new Set(Object.entries(request).filter(([, v]) => typeof v === 'string' && v !== '').map(([k]) => k));
    return inScheme.filter((e) => e.year === year && e.dimensions.every((d) => asked.has(d)));
  });

  current: CurrentBenchmark | null = $derived.by(() => {
    const request = this.request;
    if (!request || this.tables.length === 0) return null;
    const found = lookupBenchmark(this.tables, request);
    if (!found.ok) return null;
    const locale = request.locale ?? 'nl';
    const sector = found.used.sector ? SBI_SECTIONS.items.find((s) => s.id === found.used.sector) : undefined;
    const where = sector
      ? translate(locale, 'benchmark.sector', { sector: `${sector.id} ${sector[locale]}` })
      : translate(locale, 'benchmark.national');
    const note = found.notes.map((n) => n.message).join(' ');
    return {
      shares: found.shares,
      provenance: found.provenance,
      label: `${where} (${found.year.used})`,
      ...(note ? { note } : {}),
    };
  });

  /** Loads the manifest once, then every needed table not yet loaded. Failures leave no benchmark. */
  async ensureLoaded(): Promise<void> {
    try {
      if (this.manifest.length === 0) {
        this.manifest = parseBenchmarkManifest(await loadBenchmarkJson('manifest.json')).entries;
      }
      const missing = this.needed.filter((e) => !this.#requested.has(e.id));
      for (const entry of missing) this.#requested.add(entry.id);
      const loaded = await Promise.all(missing.map(async (e) => parseBenchmarkTable(await loadBenchmarkJson(e.file))));
      const tables = loaded.flatMap((r) => (r.ok ? [r.table] : []));
      if (tables.length > 0) this.tables = [...this.tables, ...tables];
    } catch (error) {
      console.warn('benchmarks:', error);
    } finally {
      this.loading = false;
    }
  }
}
