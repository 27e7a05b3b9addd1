import { DEMO_FUNNEL_STAGES, demoDataset, demoFlows, type FlowCount, type FlowStream, type PresetId, type PublishedTable } from '../core';
import type { Dataset } from '../core/types';
import { PublishClient } from '../workers/publishClient';

/** The flows of the dataset on screen, as the flow dataset is built from them. */
export interface ShownFlows {
  /** The staff the flows run between: their links are audited with the flows. */
  stocks: Dataset;
  flows: readonly FlowCount[];
  /** Funnel stages in order. */
  stages: readonly string[];
}

let demo: ShownFlows | undefined;

/** The demo organisation's flows (its stocks are the demo dataset), built once. */
export function demoShownFlows(): ShownFlows {
  return (demo ??= { stocks: demoDataset(), flows: demoFlows(), stages: DEMO_FUNNEL_STAGES });
}

const ofSet = new WeakMap<object, ShownFlows>();

/** The flows kept with a saved dataset (Dataset.flows), the same object for the same set; null when it has none. */
export function shownFlowsOf(dataset: Dataset | undefined): ShownFlows | null {
  const set = dataset?.flows;
  if (!dataset || !set) return null;
  let shown = ofSet.get(set);
  if (!shown) ofSet.set(set, (shown = { stocks: dataset, flows: set.counts, stages: set.stages }));
  return shown;
}

/**
 * The flows of the session: like DisclosureState for stocks, every flow number a view shows is
 * read from `table`, the published flow dataset, never from the flows. While a new table is
 * computed, or when the audit did not pass, `table` is null.
 */
export class FlowState {
  table = $state.raw<PublishedTable | null>(null);
  streams = $state.raw<FlowStream[]>([]);
  /** 'none': no flows for the dataset on screen. */
  status = $state<'none' | 'computing' | 'ok' | 'unprotected' | 'failed'>('none');
  /**
   * Set once a flow screen opens: flows are published only then, so that the first paint's
   * publish of the stocks does not share the machine with them.
   */
  wanted = $state(false);
  #client: PublishClient;
  #latest = 0;

  constructor(client = new PublishClient()) {
    this.#client = client;
  }

  /** Publishes `shown` under `preset`; a newer call wins over an older one. */
  async update(shown: ShownFlows | null, preset: PresetId): Promise<void> {
    const ticket = ++this.#latest;
    this.table = null;
    this.streams = [];
    if (!shown) {
      this.status = 'none';
      return;
    }
    this.status = 'computing';
    try {
      const published = await this.#client.publishFlows(shown.stocks, shown.flows, shown.stages, preset);
      if (ticket !== this.#latest) return;
      if (published.audit.audited) {
        this.table = published.table;
        this.streams = published.streams;
        this.status = 'ok';
      } else this.status = 'unprotected';
    } catch {
      if (ticket === this.#latest) this.status = 'failed';
    }
  }
}
