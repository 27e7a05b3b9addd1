import type { ImportOptions, ImportResult } from '../core/types';
import type { ImportRequest, ImportResponse } from './protocol';

/**
 * Runs imports in a Web Worker. A newer import supersedes the one in flight, and cancel
 * terminates the worker outright: a parse cannot be interrupted from outside any other way.
 */
export class ImportClient {
  #worker: Worker | null = null;
  #nextId = 1;
  #pending: { id: number; resolve: (r: ImportResult | null) => void } | null = null;

  /** Imports a file; resolves null when cancelled or superseded. */
  run(bytes: ArrayBuffer, fileName: string, options: ImportOptions, onProgress: (fraction: number) => void): Promise<ImportResult | null> {
    this.cancel();
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending = { id, resolve };
      worker.onmessage = (event: MessageEvent<ImportResponse>) => {
        const message = event.data;
        if (message.id !== this.#pending?.id) return;
        if (message.type === 'progress') onProgress(message.fraction);
        else {
          this.#pending = null;
          resolve(message.result);
        }
      };
      const request: ImportRequest = { id, bytes, fileName, options };
      worker.postMessage(request, [bytes]);
    });
  }

  /** Stops the import in flight, if any; its promise resolves null. */
  cancel(): void {
    if (!this.#pending) return;
    this.#pending.resolve(null);
    this.#pending = null;
    this.#worker?.terminate();
    this.#worker = null;
  }

  #ensureWorker(): Worker {
    this.#worker ??= new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    return this.#worker;
  }
}
