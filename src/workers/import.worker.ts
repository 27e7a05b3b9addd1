/// <reference lib="webworker" />
import type { Dataset } from '../core/types';
import { importFlows } from '../core/flows';
import { runImport, summariseDataset, type ImportReport } from '../core/importPreview';
import type { ImportRequest, ImportResponse, WorkerSource } from './protocol';

// Parsing and validation run here, off the main thread. The answer is the issues, the small
// preview and a summary; the dataset itself stays here until the main thread takes it.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let kept: { id: number; dataset: Dataset } | null = null;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  const post = (message: ImportResponse) => scope.postMessage(message);
  if (request.type === 'take') {
    post({ id: request.id, type: 'dataset', dataset: kept?.id === request.id ? kept.dataset : null });
    return;
  }
  if (request.type === 'flows') {
    const { id, source, scheme } = request;
    const input = source.kind === 'file' ? new Uint8Array(await source.file.arrayBuffer()) : flowInput(source);
    post({ id, type: 'flows', result: importFlows(input, scheme ? { scheme } : {}) });
    return;
  }
  const { id, source, fileName, options } = request;
  kept = null;
  const read = source.kind === 'file'
    ? { kind: 'bytes' as const, bytes: new Uint8Array(await source.file.arrayBuffer()), fileName: source.fileName, ...(source.sheet ? { sheet: source.sheet } : {}) }
    : source;
  const { result, preview } = await runImport(read, {
    ...options,
    ...(fileName ? { fileName } : {}),
    onProgress: (fraction: number) => post({ id, type: 'progress', fraction }),
  });
  let report: ImportReport;
  if (result.ok) {
    kept = { id, dataset: result.dataset };
    report = { ok: true, summary: summariseDataset(result.dataset), issues: result.issues, preview };
  } else report = { ok: false, issues: result.issues, preview };
  post({ id, type: 'report', report });
};

/** Pasted text as it is; typed rows as the tab-separated text a paste from Excel would give. */
function flowInput(source: Exclude<WorkerSource, { kind: 'file' }>): Uint8Array | string {
  if (source.kind === 'bytes') return source.bytes;
  if (source.kind === 'text') return source.text;
  return source.rows.map((row) => row.join('\t')).join('\n');
}
