/// <reference lib="webworker" />
import { importTable } from '../core/import';
import type { ImportRequest, ImportResponse } from './protocol';

// Parsing and validation run here, off the main thread; only the aggregated Dataset and the
// issues cross back.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, bytes, options } = event.data;
  const post = (message: ImportResponse) => scope.postMessage(message);
  const result = await importTable(new Uint8Array(bytes), {
    ...options,
    onProgress: (fraction: number) => post({ id, type: 'progress', fraction }),
  });
  post({ id, type: 'result', result });
};
