import { getContext, setContext } from 'svelte';
import type { Dataset, Locale, OrganisationProfile } from '../core/types';
import type { FlowSet } from '../core/flows';
import { categoryIds, currentKey, demoDataset, demoProfile, overviewModel } from '../core';
import type { DatasetSummary, OpenStoreOptions, Store, StoreEvent, StorageErrorCode, StorageResult } from '../storage';
import { requestPersistenceOnce } from './storedChoices';
import { BenchmarkState } from './benchmarks.svelte';
import { DisclosureState } from './disclosure.svelte';
import { FlowState, demoShownFlows, shownFlowsOf } from './flows.svelte';

/** The dataset on screen: the demo or one of the user's saved datasets. */
export interface Shown {
  id: string | null;
  name: string;
  dataset: Dataset;
  demo: boolean;
}

/** An organisation not yet described: the whole country, every sector. */
export function blankProfile(): OrganisationProfile {
  return { name: '', sector: '', region: '' };
}

function demoShown(): Shown {
  const dataset = demoDataset();
  return { id: null, name: dataset.meta?.name ?? 'Demo', dataset, demo: true };
}

/**
 * The app's working state: which dataset is shown, the saved datasets, the organisation profile,
 * and the import in progress. Components read it and call its methods; the numbers they show come
 * from `disclosure` (published cells) and `benchmarks`, never from `shown.dataset` directly.
 */
export class Workspace {
  store: Store | null = $state.raw(null);
  storageError = $state<StorageErrorCode | null>(null);
  /** The last thing another tab or the browser did to storage that the user must act on. */
  storeEvent = $state.raw<StoreEvent | null>(null);
  /** Outcome of asking the browser to keep our data (after the first save). */
  persisted = $state<boolean | null>(null);
  saved = $state.raw<DatasetSummary[]>([]);
  shown = $state.raw<Shown | null>(demoShown());
  /**
   * The profile the benchmark is chosen by: the demo's while the demo is shown, the user's own
   * otherwise. The two never mix: the demo's is never stored, and own data never shows it.
   */
  profile = $state.raw<OrganisationProfile>(demoProfile());
  /** The user's own organisation, as stored; blank until they describe it. */
  #ownProfile: OrganisationProfile = blankProfile();
  handedOver: File | null = null;

  readonly disclosure = new DisclosureState(() => ({ store: this.store, datasetId: this.shown?.demo ? null : (this.shown?.id ?? null) }));
  readonly benchmarks: BenchmarkState;
  /** Flows published like the stocks: the demo organisation's own, or those kept with a saved dataset. */
  readonly flows = new FlowState();
  shownFlows = $derived(this.shown?.demo ? demoShownFlows() : shownFlowsOf(this.shown?.dataset));
  categories = $derived(this.shown ? categoryIds(this.shown.dataset.scheme) : []);

  /** The organisation now (latest year) against its benchmark, from published cells only. */
  overview = $derived.by(() => {
    const table = this.disclosure.table;
    if (!this.shown || !table) return null;
    return overviewModel(table, currentKey(this.shown.dataset), this.categories, this.benchmarks.current?.shares ?? null);
  });

  /**
   * What every screen's header says the numbers are about: the organisation (the demo's name for the
   * demo, the user's own otherwise; '' = not described), the reference date, and the benchmark.
   */
  context = $derived.by(() => {
    const shown = this.shown;
    if (!shown) return null;
    const period = shown.dataset.meta?.reference || Object.values(currentKey(shown.dataset))[0] || '';
    return { organisation: this.profile.name, dataset: shown.name, period, benchmark: this.benchmarks.current?.label ?? null };
  });

  /**
   * Groupings that invite differencing (everyone-but-a-few, groups that change between years):
   * suppression cannot see those across tables, so the user is told.
   */
  differencing = $derived.by(() => (this.shown && !this.shown.demo ? (this.disclosure.warnings ?? []) : []));

  constructor(locale: () => Locale) {
    this.benchmarks = new BenchmarkState(() => this.shown?.dataset ?? null, () => this.profile, locale, () => this.store);
  }

  /** Opens storage and restores the last session: saved datasets, profile, the dataset shown. */
  async init(openStore: (options: OpenStoreOptions) => Promise<Store>): Promise<void> {
    const onEvent = (event: StoreEvent) => (this.storeEvent = event);
    const store = await openStore({ onEvent });
    store.onChange(onEvent);
    this.store = store;
    await this.#refreshSaved();
    const profile = this.#value(await store.loadProfile());
    // A profile stored by an earlier version while the demo was shown is the demo's, not the user's.
    if (profile && profile.name !== demoProfile().name) this.#ownProfile = profile;
    const shownId = this.#value(await store.loadSetting<string | null>('shownId'));
    const demoHidden = this.#value(await store.loadSetting<boolean>('demoHidden'));
    if (shownId) await this.open(shownId);
    else if (demoHidden) this.#show(null);
  }

  /**
   * A file picked on the overview, handed to the data screen's import flow: one route for every
   * file (preview, mapping, source, save), so the overview keeps no import of its own.
   */
  handOver(file: File): void {
    this.handedOver = file;
  }

  /** The file handed over, once: the data screen takes it when it opens. */
  takeHandedOver(): File | null {
    const file = this.handedOver;
    this.handedOver = null;
    return file;
  }

  /**
   * Saves a validated import in one transaction, then shows it. Nothing is shown that was not
   * saved (unless storage is in-memory, which the banner says).
   */
  async saveImported(
    dataset: Dataset,
    name: string,
    profile?: OrganisationProfile,
  ): Promise<{ ok: true } | { ok: false; code: StorageErrorCode }> {
    const store = this.store;
    if (!store) return { ok: false, code: 'unavailable' };
    const id = `ds-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const saved = await store.saveDataset({ id, name, savedAt: new Date().toISOString(), dataset });
    if (!saved.ok) {
      this.storageError = saved.error.code;
      return { ok: false, code: saved.error.code };
    }
    this.#show({ id, name, dataset, demo: false });
    if (profile) await this.setProfile(profile);
    await store.saveSetting('shownId', id);
    void this.#askPersistence();
    await this.#refreshSaved();
    return { ok: true };
  }

  /**
   * Keeps flows with the saved dataset on screen (null removes them), in the one transaction that
   * rewrites its record: they are backed up, restored, deleted and wiped with it. The demo's
   * flows are built in, so it takes none.
   */
  async saveFlows(flows: FlowSet | null): Promise<{ ok: true } | { ok: false; code: StorageErrorCode | 'no-dataset' }> {
    const shown = this.shown;
    const store = this.store;
    if (!shown || shown.demo || !shown.id || !store) return { ok: false, code: 'no-dataset' };
    const record = this.#value(await store.loadDataset(shown.id));
    if (!record) return { ok: false, code: 'no-dataset' };
    const dataset: Dataset = { ...record.dataset };
    if (flows) dataset.flows = flows;
    else delete dataset.flows;
    const saved = await store.saveDataset({ ...record, dataset });
    if (!saved.ok) {
      this.storageError = saved.error.code;
      return { ok: false, code: saved.error.code };
    }
    // Still the same dataset on screen: the user may have switched while this was saving.
    if (this.shown?.id === shown.id) this.shown = { ...this.shown, dataset };
    return { ok: true };
  }

  async open(id: string): Promise<void> {
    const record = this.#value(await this.store?.loadDataset(id));
    if (!record) return;
    this.#show({ id: record.id, name: record.name, dataset: record.dataset, demo: false });
    await this.store?.saveSetting('shownId', id);
  }

  async remove(id: string): Promise<void> {
    const result = await this.store?.deleteDataset(id);
    if (result && !result.ok) {
      this.storageError = result.error.code;
      return;
    }
    if (this.shown?.id === id) {
      this.#show(null);
      await this.store?.saveSetting('shownId', null);
    }
    await this.#refreshSaved();
  }

  async showDemo(): Promise<void> {
    this.#show(demoShown());
    await this.store?.saveSetting('shownId', null);
    await this.store?.saveSetting('demoHidden', false);
  }

  /** "Start with your own data": the demo leaves the screen and stays away after a reload. */
  async hideDemo(): Promise<void> {
    if (this.shown?.demo) this.#show(null);
    await this.store?.saveSetting('demoHidden', true);
  }

  /** Changes the profile on screen; only the user's own is stored (the demo's stays in memory). */
  async setProfile(profile: OrganisationProfile): Promise<void> {
    this.profile = profile;
    if (this.shown?.demo) return;
    this.#ownProfile = profile;
    const result = await this.store?.saveProfile(profile);
    if (result && !result.ok) this.storageError = result.error.code;
  }

  /** The user's own profile, whatever is on screen now (the import's organisation step starts from it). */
  get ownProfile(): OrganisationProfile {
    return this.#ownProfile;
  }

  /** Shows a dataset with the profile that belongs to it: the demo's for the demo, the user's own for theirs. */
  #show(shown: Shown | null): void {
    this.shown = shown;
    this.profile = shown?.demo ? demoProfile() : this.#ownProfile;
  }

  /** Browsers may evict site data; after the first save we ask them not to, once per session. */
  async #askPersistence(): Promise<void> {
    if (this.persisted !== null || !this.store) return;
    const outcome = await requestPersistenceOnce(this.store);
    if (outcome) this.persisted = outcome === 'granted' || outcome === 'already';
  }

  async #refreshSaved(): Promise<void> {
    this.saved = this.#value(await this.store?.listDatasets()) ?? [];
  }

  /** Unwraps a storage result; a failure is remembered for the banner, never thrown. */
  #value<T>(result: StorageResult<T> | undefined): T | undefined {
    if (!result) return undefined;
    if (result.ok) return result.value;
    this.storageError = result.error.code;
    console.warn('storage:', result.error.detail);
    return undefined;
  }
}

const KEY = Symbol('workspace');

export function setWorkspace(workspace: Workspace): Workspace {
  return setContext(KEY, workspace);
}

export function useWorkspace(): Workspace {
  const workspace = getContext<Workspace | undefined>(KEY);
  if (!workspace) throw new Error('useWorkspace() needs setWorkspace() in an ancestor');
  return workspace;
}
