import type { Dataset, ImportOptions, SchemeId } from '../../../src/core/types';
import { importFlows, type FlowImport } from '../../../src/core/flows';
import { runImport, summariseDataset, type ImportReport, type ImportSource } from '../../../src/core/importPreview';
import type { Finished, FlowRunner, ImportRunner } from '../../../src/workers/importClient';
import type { WorkerSource } from '../../../src/workers/protocol';

/** The worker's work done in-process, recording every request: what the screen asked for. */
export class InProcessRunner implements ImportRunner, FlowRunner {
  starts: Array<{ source: WorkerSource; options: ImportOptions; fileName?: string }> = [];
  cancels = 0;
  #id = 0;
  #kept = new Map<number, Dataset>();

  async start(source: WorkerSource, options: ImportOptions, onProgress: (f: number) => void, fileName?: string): Promise<Finished | null> {
    const id = ++this.#id;
    this.starts.push({ source, options, ...(fileName ? { fileName } : {}) });
    // What the worker does with a File: read its bytes there.
    const read: ImportSource = source.kind === 'file'
      ? { kind: 'bytes', bytes: new Uint8Array(await source.file.arrayBuffer()), fileName: source.fileName, ...(source.sheet ? { sheet: source.sheet } : {}) }
      : source;
    const { result, preview } = await runImport(read, { ...options, ...(fileName ? { fileName } : {}), onProgress });
    let report: ImportReport;
    if (result.ok) {
      this.#kept.set(id, result.dataset);
      report = { ok: true, summary: summariseDataset(result.dataset), issues: result.issues, preview };
    } else report = { ok: false, issues: result.issues, preview };
    return { id, report };
  }

  async takeDataset(id: number): Promise<Dataset | null> {
    return this.#kept.get(id) ?? null;
  }

  /** What the worker does with a file of flows: the same core importFlows, on its bytes or text. */
  async importFlows(source: WorkerSource, scheme?: SchemeId): Promise<FlowImport> {
    const input = source.kind === 'file' ? new Uint8Array(await source.file.arrayBuffer()) : source.kind === 'text' ? source.text : '';
    return importFlows(input, scheme ? { scheme } : {});
  }

  cancel(): void {
    this.cancels++;
  }

  get last() {
    return this.starts[this.starts.length - 1]!;
  }
}

/** A runner whose imports never finish until cancelled: for the progress bar. */
export class StalledRunner implements ImportRunner {
  cancels = 0;
  progress: (f: number) => void = () => {};
  #resolve: ((f: Finished | null) => void) | null = null;

  start(_s: WorkerSource, _o: ImportOptions, onProgress: (f: number) => void): Promise<Finished | null> {
    this.progress = onProgress;
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  async takeDataset(): Promise<Dataset | null> {
    return null;
  }

  cancel(): void {
    this.cancels++;
    this.#resolve?.(null);
  }
}
