import { DEFAULT_PRESET, type PresetId, type PublishAudit, type PublishedTable } from '../core';
import type { Dataset, Issue, Locale } from '../core/types';
import { PublishClient } from '../workers/publishClient';

/**
 * The disclosure-control step for the dataset on screen: every number a view or export shows is
 * read from `table`, the output of the one publish() step (run in a worker), never from the dataset.
 * While a new table is computed, `table` is null: nothing is shown rather than something unchecked.
 * A table whose exact audit did not pass is never shown either: `status` then says why.
 */
export class DisclosureState {
  preset = $state<PresetId>(DEFAULT_PRESET);
  table = $state.raw<PublishedTable | null>(null);
  /** Differencing warnings for the dataset, per language, from the same step. */
  warnings = $state.raw<Record<Locale, Issue[]> | null>(null);
  /** What the audit did for the table on screen (hidden by the rules, hidden to protect them). */
  audit = $state.raw<PublishAudit | null>(null);
  computing = $state(false);
  /** 'unprotected': no pattern passes the audit; 'cancelled': the user stopped it; 'failed': the solver did not run. */
  status = $state<'ok' | 'unprotected' | 'cancelled' | 'failed'>('ok');
  #client = new PublishClient();
  #latest = 0;

  /** Publishes `dataset` under the current preset; a newer call wins over an older one. */
  async update(dataset: Dataset | null, preset: PresetId): Promise<void> {
    const ticket = ++this.#latest;
    this.table = null;
    this.warnings = null;
    this.audit = null;
    this.status = 'ok';
    if (!dataset) return;
    this.computing = true;
    try {
      const published = await this.#client.publish(dataset, preset);
      if (ticket !== this.#latest) return;
      this.audit = published.table.audit ?? null;
      if (published.table.audit?.audited) {
        this.table = published.table;
        this.warnings = published.warnings;
      } else this.status = 'unprotected';
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
}
