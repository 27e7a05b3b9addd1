import type { Dataset } from '../core/types';
import type { PresetId, PublishProgress } from '../core/privacy';
import type { FlowCount, PublishedFlows } from '../core/flows';
import type { KeptTable, Published, PublishRequest, PublishResponse } from './publishProtocol';
import { createPublishWorker } from './workerFactories';

export interface PublishCall {
  /** Tables kept from earlier runs (IndexedDB; the whole dataset's or its years'): reused when they fit. */
  kept?: readonly KeptTable[];
  /** Called while the audit runs (the worker's progress messages). */
  onProgress?: (progress: PublishProgress) => void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Pending {
  resolve: (result: Published | PublishedFlows) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: PublishProgress) => void;
}

/**
 * From this many groups, a dataset with two or more years to audit is audited on several workers
 * at once, a year each (publishPool). Below it, starting a helper with its own solver and putting
 * the years side by side cost more than they save: on 2 cores, 2 years of 1,000 groups took 1.35×
 * (internal) to 3.3× (cbs) as long as one worker, 5 years of 2,000 groups 0.76× under internal.
 */
const POOL_MIN_GROUPS = 5000;
/** At most this many workers at once: each holds its own HiGHS (WebAssembly memory). */
const POOL_MAX = 4;

/**
 * Publishes datasets off the main thread, remembering each (dataset, preset) result so that
 * switching back and forth between presets or datasets is instant. A newer request supersedes an
 * older one still running. cancel() stops the worker mid-audit (a new one starts on the next
 * request). Without workers (old browser, tests) it publishes in-line.
 */
export class PublishClient {
  #worker: Worker | null | undefined;
  /** Workers beside #worker while a large dataset's years are audited at once: each run starts its own and ends them. */
  #helpers = new Set<Worker>();
  #nextId = 1;
  #pending = new Map<number, Pending>();
  #cache = new WeakMap<Dataset, Map<PresetId, Promise<Published>>>();
  #flowCache = new WeakMap<Dataset, WeakMap<readonly FlowCount[], Map<string, Promise<PublishedFlows>>>>();

  publish(dataset: Dataset, preset: PresetId, call: PublishCall = {}): Promise<Published> {
    let byPreset = this.#cache.get(dataset);
    if (!byPreset) this.#cache.set(dataset, (byPreset = new Map()));
    let result = byPreset.get(preset);
    if (!result) {
      result = this.#run(dataset, preset, call);
      byPreset.set(preset, result);
      // A failed or cancelled run is not remembered: asking again runs it again.
      result.catch(() => byPreset.delete(preset));
    }
    return result;
  }

  /**
   * Flows between the stocks of `stocks`, through disclosure control with the stock table
   * (publishFlows): remembered per (stocks, flows, stages, preset) like publish(), and stopped by
   * cancel(). `call.kept` is the stock table's kept pattern, if any: the worker reuses it when it fits.
   */
  publishFlows(
    stocks: Dataset,
    flows: readonly FlowCount[],
    stages: readonly string[],
    preset: PresetId,
    call: PublishCall = {},
  ): Promise<PublishedFlows> {
    let byFlows = this.#flowCache.get(stocks);
    if (!byFlows) this.#flowCache.set(stocks, (byFlows = new WeakMap()));
    let byKey = byFlows.get(flows);
    if (!byKey) byFlows.set(flows, (byKey = new Map()));
    const key = JSON.stringify([preset, stages]);
    let result = byKey.get(key);
    if (!result) {
      result = this.#runFlows({ kind: 'flows', stocks, flows, stages, preset, ...(call.kept ? { kept: call.kept } : {}) }, call.onProgress);
      byKey.set(key, result);
      const remembered = byKey;
      result.catch(() => remembered.delete(key));
    }
    return result;
  }

  /** Stops whatever the worker is computing; its pending results reject with 'cancelled'. */
  cancel(): void {
    this.#endHelpers();
    if (!this.#worker) return;
    this.#worker.terminate();
    this.#worker = undefined;
    for (const { reject } of this.#pending.values()) reject(new Error('cancelled'));
    this.#pending.clear();
  }

  async #run(dataset: Dataset, preset: PresetId, { kept = [], onProgress }: PublishCall): Promise<Published> {
    const worker = this.#ensureWorker();
    // Loaded only when needed, so disclosure control and its solver stay out of the initial bundle.
    if (!worker) return import('./publishInline').then(({ publishInline }) => publishInline(dataset, preset, { kept, onProgress }));
    const slots = Math.min(POOL_MAX, globalThis.navigator?.hardwareConcurrency ?? 1);
    if (slots < 2 || dataset.groups.length < POOL_MIN_GROUPS) return this.#send(worker, dataset, preset, kept, onProgress);
    const { publishWithPool } = await import('./publishPool');
    const mine: Worker[] = [];
    const slot = (index: number) => (index === 0 ? worker : (mine[index - 1] ??= this.#helper()));
    try {
      return await publishWithPool(dataset, preset, kept, slots, (data, index, tables, report) => this.#send(slot(index), data, preset, tables, report), onProgress);
    } finally {
      this.#endHelpers(mine);
    }
  }

  #send(worker: Worker, dataset: Dataset, preset: PresetId, kept: readonly KeptTable[], onProgress?: (progress: PublishProgress) => void): Promise<Published> {
    return this.#post(worker, { dataset, preset, ...(kept.length > 0 ? { kept } : {}) }, onProgress) as Promise<Published>;
  }

  #post(worker: Worker, request: DistributiveOmit<PublishRequest, 'id'>, onProgress?: (progress: PublishProgress) => void): Promise<Published | PublishedFlows> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ id, ...request } satisfies PublishRequest);
    });
  }

  #helper(): Worker {
    const helper = this.#spawn();
    this.#helpers.add(helper);
    return helper;
  }

  #endHelpers(helpers: Iterable<Worker> = [...this.#helpers]): void {
    for (const helper of helpers) {
      helper.terminate();
      this.#helpers.delete(helper);
    }
  }

  #runFlows(request: Omit<Extract<PublishRequest, { kind: 'flows' }>, 'id'>, onProgress?: (progress: PublishProgress) => void): Promise<PublishedFlows> {
    const worker = this.#ensureWorker();
    const { stocks, flows, stages, preset, kept } = request;
    if (!worker) return import('./publishInline').then(({ publishFlowsInline }) => publishFlowsInline(stocks, flows, stages, preset, { kept, onProgress }));
    return this.#post(worker, request, onProgress) as Promise<PublishedFlows>;
  }

  #ensureWorker(): Worker | null {
    if (this.#worker !== undefined) return this.#worker;
    try {
      this.#worker = typeof Worker === 'undefined' ? null : this.#spawn();
    } catch {
      this.#worker = null;
    }
    return this.#worker;
  }

  /** A publish worker whose messages settle this client's pending requests (ids are unique across workers). */
  #spawn(): Worker {
    const worker = createPublishWorker();
    worker.addEventListener('message', (event: MessageEvent<PublishResponse>) => {
      const data = event.data;
      const pending = this.#pending.get(data.id);
      if ('progress' in data) return pending?.onProgress?.(data.progress);
      this.#pending.delete(data.id);
      if ('error' in data) pending?.reject(new Error(data.error));
      else if ('flows' in data) pending?.resolve(data.flows);
      else pending?.resolve({ table: data.table, warnings: data.warnings, ...(data.keep ? { keep: data.keep } : {}) });
    });
    return worker;
  }
}
