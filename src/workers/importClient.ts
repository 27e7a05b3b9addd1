import type { Dataset, ImportOptions, SchemeId } from '../core/types';
import type { FlowImport } from '../core/flows';
import type { ImportReport } from '../core/importPreview';
import type { ImportRequest, ImportResponse, WorkerSource } from './protocol';
import { createImportWorker } from './workerFactories';

/** A finished import as the client hands it over: the report, and the id to take its dataset by. */
export interface Finished {
  id: number;
  report: ImportReport;
}

/** What the import screen needs of a client; tests run the same code in-process behind it. */
export interface ImportRunner {
  start(source: WorkerSource, options: ImportOptions, onProgress: (fraction: number) => void, fileName?: string): Promise<Finished | null | 'failed'>;
  takeDataset(id: number): Promise<Dataset | null>;
  cancel(): void;
}

/** What the flow import needs of a client: a file of flows read off the main thread. */
export interface FlowRunner {
  /** Resolves 'failed' when the worker could not run, null when superseded or cancelled. */
  importFlows(source: WorkerSource, scheme?: SchemeId): Promise<FlowImport | null | 'failed'>;
}

/**
 * Runs imports in a Web Worker. A newer import supersedes the one in flight, and cancel
 * terminates the worker outright: a parse cannot be interrupted from outside any other way.
 */
export class ImportClient implements ImportRunner, FlowRunner {
  #worker: Worker | null = null;
  #nextId = 1;
  #pending: { id: number; resolve: (f: Finished | null | 'failed') => void } | null = null;
  #makeWorker: () => Worker;

  constructor(makeWorker: () => Worker = createImportWorker) {
    this.#makeWorker = makeWorker;
  }

  /**
   * Imports a source; resolves null when cancelled or superseded, 'failed' when the worker could
   * not run (e.g. it failed to load). Bytes are transferred, not copied.
   */
  start(source: WorkerSource, options: ImportOptions, onProgress: (fraction: number) => void, fileName?: string): Promise<Finished | null | 'failed'> {
    this.cancel();
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending = { id, resolve };
      const listen = (event: MessageEvent<ImportResponse>) => {
        const message = event.data;
        if (message.id !== id) return;
        if (this.#pending?.id !== id) return void worker.removeEventListener('message', listen);
        if (message.type === 'progress') onProgress(message.fraction);
        else if (message.type === 'report') {
          worker.removeEventListener('message', listen);
          this.#pending = null;
          resolve({ id, report: message.report });
        }
      };
      worker.addEventListener('message', listen);
      const request: ImportRequest = { type: 'import', id, source, options, ...(fileName ? { fileName } : {}) };
      worker.postMessage(request, source.kind === 'bytes' ? [source.bytes.buffer] : []);
    });
  }

  /** Reads a file of flows; it supersedes (and is superseded by) any other import in flight. */
  importFlows(source: WorkerSource, scheme?: SchemeId): Promise<FlowImport | null | 'failed'> {
    this.cancel();
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending = { id, resolve: (f) => resolve(f === 'failed' ? 'failed' : null) };
      const listen = (event: MessageEvent<ImportResponse>) => {
        const message = event.data;
        if (message.id !== id || message.type !== 'flows') return;
        worker.removeEventListener('message', listen);
        if (this.#pending?.id !== id) return;
        this.#pending = null;
        resolve(message.result);
      };
      worker.addEventListener('message', listen);
      const request: ImportRequest = { type: 'flows', id, source, ...(scheme ? { scheme } : {}) };
      worker.postMessage(request, source.kind === 'bytes' ? [source.bytes.buffer] : []);
    });
  }

  /** The dataset of a finished import; null once a newer import or a cancel has replaced it. */
  takeDataset(id: number): Promise<Dataset | null> {
    const worker = this.#worker;
    if (!worker) return Promise.resolve(null);
    return new Promise((resolve) => {
      const listen = (event: MessageEvent<ImportResponse>) => {
        if (event.data.id !== id || event.data.type !== 'dataset') return;
        worker.removeEventListener('message', listen);
        resolve(event.data.dataset);
      };
      worker.addEventListener('message', listen);
      worker.postMessage({ type: 'take', id } satisfies ImportRequest);
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

  /** Starts the worker ahead of the first import, so that picking a file does not pay for it. */
  warm(): void {
    this.#ensureWorker();
  }

  /** Ends the worker (when the screen goes away). */
  dispose(): void {
    this.cancel();
    this.#worker?.terminate();
    this.#worker = null;
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.#makeWorker();
    // A worker that fails to load or throws would otherwise leave the import waiting forever.
    worker.addEventListener('error', () => {
      if (this.#worker !== worker) return;
      this.#pending?.resolve('failed');
      this.#pending = null;
      worker.terminate();
      this.#worker = null;
    });
    this.#worker = worker;
    return worker;
  }
}
