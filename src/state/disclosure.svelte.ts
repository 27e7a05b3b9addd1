import { untrack } from 'svelte';
import { DEFAULT_PRESET, partKeys, publishKey, type PresetId, type PublishAudit, type PublishedTable, type PublishProgress } from '../core';
import type { Dataset, Issue } from '../core/types';
import type { Store } from '../storage';
import { PublishClient } from '../workers/publishClient';
import type { KeptTable, Published } from '../workers/publishProtocol';

/** Where published tables are kept between visits: the store and the saved dataset on screen. */
export interface KeptTables {
  store: Store | null;
  datasetId: string | null;
}

/**
 * The disclosure-control step for the dataset on screen: every number a view or export shows is
 * read from `table`, the output of the one publish() step (run in a worker), never from the dataset.
 * While a new table is computed, `table` is null: nothing is shown rather than something unchecked.
 * A table whose exact audit did not pass is never shown either: `status` then says why. A saved
 * dataset's audited table is kept in IndexedDB under its content key, so it is computed once, and
 * so is each of its years under its own: adding or editing a year audits that year only.
 */
export class DisclosureState {
  preset = $state<PresetId>(DEFAULT_PRESET);
  table = $state.raw<PublishedTable | null>(null);
  /** Differencing warnings for the dataset, from the same step. */
  warnings = $state.raw<Issue[] | null>(null);
  /** What the audit did for the table on screen (hidden by the rules, hidden to protect them). */
  audit = $state.raw<PublishAudit | null>(null);
  computing = $state(false);
  /** How far the running audit is; null before its first report. */
  progress = $state.raw<PublishProgress | null>(null);
  /** 'unprotected': no pattern passes the audit; 'cancelled': the user stopped it; 'failed': the solver did not run. */
  status = $state<'ok' | 'unprotected' | 'cancelled' | 'failed'>('ok');
  #client: PublishClient;
  #kept: () => KeptTables;
  #latest = 0;

  constructor(kept: () => KeptTables = () => ({ store: null, datasetId: null }), client = new PublishClient()) {
    this.#kept = kept;
    this.#client = client;
  }

  /** Publishes `dataset` under the current preset; a newer call wins over an older one. */
  async update(dataset: Dataset | null, preset: PresetId): Promise<void> {
    const ticket = ++this.#latest;
    this.table = null;
    this.warnings = null;
    this.audit = null;
    this.progress = null;
    this.status = 'ok';
    if (!dataset) return;
    this.computing = true;
    // Read without tracking: the caller's effect re-runs on the dataset and preset, not on the store.
    const { store, datasetId } = untrack(this.#kept);
    try {
      const kept = store && datasetId ? await keptTables(store, dataset, preset) : [];
      const onProgress = (progress: PublishProgress) => ticket === this.#latest && (this.progress = progress);
      const published = await this.#client.publish(dataset, preset, { kept, onProgress });
      if (ticket !== this.#latest) return;
      this.#show(published);
      if (store && datasetId) {
        const savedAt = new Date().toISOString();
        for (const keep of published.keep ?? []) void store.savePublished({ ...keep, datasetId, savedAt });
      }
    } catch (error) {
      if (ticket !== this.#latest) return;
      this.status = error instanceof Error && error.message === 'cancelled' ? 'cancelled' : 'failed';
    }
    this.computing = false;
  }

  /** Stops the running computation; nothing is shown until the next update. */
  cancel(): void {
    this.#client.cancel();
  }

  #show(published: Published): void {
    this.audit = published.table.audit ?? null;
    if (published.table.audit?.audited) {
      this.table = published.table;
      this.warnings = published.warnings;
    } else this.status = 'unprotected';
  }
}

/** The whole dataset's kept table; without it, the tables kept for its years (publishByParts). */
async function keptTables(store: Store, dataset: Dataset, preset: PresetId): Promise<KeptTable[]> {
  const found = (result: Awaited<ReturnType<Store['loadPublished']>>): KeptTable[] => (result.ok && result.value ? [result.value] : []);
  const whole = found(await store.loadPublished(publishKey(dataset, preset)));
  if (whole.length > 0) return whole;
  const parts = partKeys(dataset, preset);
  return parts.length < 2 ? [] : (await Promise.all(parts.map((key) => store.loadPublished(key)))).flatMap(found);
}
