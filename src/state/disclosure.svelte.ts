import { DEFAULT_PRESET, type PresetId, type PublishedTable } from '../core';
import type { Dataset, Issue, Locale } from '../core/types';
import { PublishClient } from '../workers/publishClient';

/**
 * The disclosure-control step for the dataset on screen: every number a view or export shows is
 * read from `table`, the output of the one publish() step (run in a worker), never from the dataset.
 * While a new table is computed, `table` is null: nothing is shown rather than something unchecked.
 */
export class DisclosureState {
  preset = $state<PresetId>(DEFAULT_PRESET);
  table = $state.raw<PublishedTable | null>(null);
  /** Differencing warnings for the dataset, per language, from the same step. */
  warnings = $state.raw<Record<Locale, Issue[]> | null>(null);
  computing = $state(false);
  #client = new PublishClient();
  #latest = 0;

  /** Publishes `dataset` under the current preset; a newer call wins over an older one. */
  async update(dataset: Dataset | null, preset: PresetId): Promise<void> {
    const ticket = ++this.#latest;
    this.table = null;
    this.warnings = null;
    if (!dataset) return;
    this.computing = true;
    const published = await this.#client.publish(dataset, preset);
    if (ticket !== this.#latest) return;
    this.table = published.table;
    this.warnings = published.warnings;
    this.computing = false;
  }
}
