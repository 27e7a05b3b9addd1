import { DEMO_FUNNEL_STAGES, demoFlows, flowDataset, type FlowCount, type FlowStream, type PresetId, type PublishedTable } from '../core';
import type { Dataset, SchemeId } from '../core/types';
import { PublishClient } from '../workers/publishClient';

/** The flows of the dataset on screen, as the flow dataset is built from them. */
export interface ShownFlows {
  flows: readonly FlowCount[];
  scheme: SchemeId;
  /** Funnel stages in order. */
  stages: readonly string[];
}

let demo: ShownFlows | undefined;

/** The demo organisation's flows (its stocks are the demo dataset), built once. */
export function demoShownFlows(): ShownFlows {
  return (demo ??= { flows: demoFlows(), scheme: 'herkomst', stages: DEMO_FUNNEL_STAGES });
}

const ofSet = new WeakMap<object, ShownFlows>();

/** The flows kept with a saved dataset (Dataset.flows), the same object for the same set; null when it has none. */
export function shownFlowsOf(dataset: Dataset | undefined): ShownFlows | null {
  const set = dataset?.flows;
  if (!dataset || !set) return null;
  let shown = ofSet.get(set);
  if (!shown) ofSet.set(set, (shown = { flows: set.counts, scheme: dataset.scheme, stages: set.stages }));
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
  #built = new WeakMap<ShownFlows, { dataset: Dataset; streams: FlowStream[] }>();

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
    // The same flows give the same dataset object, so the client's cache per dataset holds.
    let built = this.#built.get(shown);
    if (!built) this.#built.set(shown, (built = flowDataset(shown.flows, shown.scheme, shown.stages)));
    try {
      const table = await this.#publish(built.dataset, preset);
      if (ticket !== this.#latest) return;
      if (table.audit?.audited) {
        this.table = table;
        this.streams = built.streams;
        this.status = 'ok';
      } else this.status = 'unprotected';
    } catch {
      if (ticket === this.#latest) this.status = 'failed';
    }
  }

  // The one place flows are published: the worker's publishFlows (which also audits the links
  // between stocks and flows) replaces this call when it lands.
  async #publish(dataset: Dataset, preset: PresetId): Promise<PublishedTable> {
    return (await this.#client.publish(dataset, preset)).table;
  }
}
