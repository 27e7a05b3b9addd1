import { DEFAULT_PRESET, publish, type PresetId, type PublishedTable } from '../core';
import type { Dataset } from '../core/types';

/**
 * The disclosure-control step for the dataset on screen: every number a view or export shows is
 * read from `table`, the output of the one publish() step, never from the dataset.
 */
export class DisclosureState {
  readonly #dataset: () => Dataset | null;
  preset = $state<PresetId>(DEFAULT_PRESET);

  constructor(dataset: () => Dataset | null) {
    this.#dataset = dataset;
  }

  table: PublishedTable | null = $derived.by(() => {
    const dataset = this.#dataset();
    return dataset ? publish(dataset, this.preset) : null;
  });
}
