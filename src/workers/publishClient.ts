import type { Dataset } from '../core/types';
import type { PresetId } from '../core/privacy';
import type { Published, PublishRequest, PublishResponse } from './publishProtocol';
import { createPublishWorker } from './workerFactories';

/**
 * Publishes datasets off the main thread, remembering each (dataset, preset) result so that
 * switching back and forth between presets or datasets is instant. A newer request supersedes an
 * older one still running. Without workers (old browser, tests) it publishes in-line.
 */
export class PublishClient {
  #worker: Worker | null | undefined;
  #nextId = 1;
  #pending = new Map<number, (table: Published) => void>();
  #cache = new WeakMap<Dataset, Map<PresetId, Promise<Published>>>();

  publish(dataset: Dataset, preset: PresetId): Promise<Published> {
    let byPreset = this.#cache.get(dataset);
    if (!byPreset) this.#cache.set(dataset, (byPreset = new Map()));
    let result = byPreset.get(preset);
    if (!result) {
      result = this.#run(dataset, preset);
      byPreset.set(preset, result);
    }
    return result;
  }

  #run(dataset: Dataset, preset: PresetId): Promise<Published> {
    const worker = this.#ensureWorker();
    // Loaded only when needed, so disclosure control stays out of the initial bundle.
    if (!worker) return import('./publishDataset').then(({ publishDataset }) => publishDataset(dataset, preset));
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
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
      const resolve = this.#pending.get(event.data.id);
      this.#pending.delete(event.data.id);
      resolve?.({ table: event.data.table, warnings: event.data.warnings });
    });
    return this.#worker;
  }
}
