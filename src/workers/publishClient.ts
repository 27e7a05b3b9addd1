import type { Dataset } from '../core/types';
import type { PresetId } from '../core/privacy';
import type { Published, PublishRequest, PublishResponse } from './publishProtocol';
import { createPublishWorker } from './workerFactories';

/**
 * Publishes datasets off the main thread, remembering each (dataset, preset) result so that
 * switching back and forth between presets or datasets is instant. A newer request supersedes an
 * older one still running. cancel() stops the worker mid-audit (a new one starts on the next
 * request). Without workers (old browser, tests) it publishes in-line.
 */
export class PublishClient {
  #worker: Worker | null | undefined;
  #nextId = 1;
  #pending = new Map<number, { resolve: (table: Published) => void; reject: (error: Error) => void }>();
  #cache = new WeakMap<Dataset, Map<PresetId, Promise<Published>>>();

  publish(dataset: Dataset, preset: PresetId): Promise<Published> {
    let byPreset = this.#cache.get(dataset);
    if (!byPreset) this.#cache.set(dataset, (byPreset = new Map()));
    let result = byPreset.get(preset);
    if (!result) {
      result = this.#run(dataset, preset);
      byPreset.set(preset, result);
      // A failed or cancelled run is not remembered: asking again runs it again.
      result.catch(() => byPreset.delete(preset));
    }
    return result;
  }

  /** Stops whatever the worker is computing; its pending results reject with 'cancelled'. */
  cancel(): void {
    if (!this.#worker) return;
    this.#worker.terminate();
    this.#worker = undefined;
    for (const { reject } of this.#pending.values()) reject(new Error('cancelled'));
    this.#pending.clear();
  }

  #run(dataset: Dataset, preset: PresetId): Promise<Published> {
    const worker = this.#ensureWorker();
    // Loaded only when needed, so disclosure control and its solver stay out of the initial bundle.
    if (!worker) return import('./publishInline').then(({ publishInline }) => publishInline(dataset, preset));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      const request: PublishRequest = { id, dataset, preset };
      worker.postMessage(request);
    });
  }

  #ensureWorker(): Worker | null {
    if (this.#worker !== undefined) return this.#worker;
    try {
      this.#worker = typeof Worker === 'undefined' ? null : createPublishWorker();
    } catch {
      this.#worker = null;
    }
    this.#worker?.addEventListener('message', (event: MessageEvent<PublishResponse>) => {
      const pending = this.#pending.get(event.data.id);
      this.#pending.delete(event.data.id);
      if ('error' in event.data) pending?.reject(new Error(event.data.error));
      else pending?.resolve({ table: event.data.table, warnings: event.data.warnings });
    });
    return this.#worker;
  }
}
