import { describe, expect, it } from 'vitest';
import { runImport, summariseDataset } from '../../../src/core/importPreview';
import type { Dataset } from '../../../src/core/types';
import { ImportClient } from '../../../src/workers/importClient';
import type { ImportRequest, ImportResponse } from '../../../src/workers/protocol';

/**
 * A stand-in for the worker: it answers 'import' only when the test calls `finish`, keeps the
 * dataset like the real worker, and records termination and what was transferred.
 */
class FakeWorker {
  terminated = false;
  requests: ImportRequest[] = [];
  transferred: Transferable[][] = [];
  #listeners = new Set<(e: MessageEvent<ImportResponse>) => void>();
  #kept = new Map<number, Dataset>();

  #errorListeners = new Set<() => void>();
  addEventListener(type: 'message' | 'error', l: (e: MessageEvent<ImportResponse>) => void) {
    if (type === 'error') this.#errorListeners.add(l as () => void);
    else this.#listeners.add(l);
  }
  /** What a worker script that fails to load does. */
  fail() {
    for (const l of this.#errorListeners) l();
  }
  removeEventListener(_type: 'message', l: (e: MessageEvent<ImportResponse>) => void) {
    this.#listeners.delete(l);
  }
  postMessage(request: ImportRequest, transfer: Transferable[] = []) {
    this.requests.push(request);
    this.transferred.push(transfer);
    if (request.type === 'take') queueMicrotask(() => this.#send({ id: request.id, type: 'dataset', dataset: this.#kept.get(request.id) ?? null }));
  }
  terminate() {
    this.terminated = true;
  }
  /** Runs the import of request `index` for real and answers it, with one progress message first. */
  async finish(index: number) {
    const request = this.requests[index]!;
    if (request.type !== 'import' || request.source.kind === 'file') throw new Error('not an in-memory import');
    this.#send({ id: request.id, type: 'progress', fraction: 0.5 });
    const { result, preview } = await runImport(request.source, request.options);
    if (result.ok) this.#kept.set(request.id, result.dataset);
    const report = result.ok
      ? { ok: true as const, summary: summariseDataset(result.dataset), issues: result.issues, preview }
      : { ok: false as const, issues: result.issues, preview };
    this.#send({ id: request.id, type: 'report', report });
  }
  #send(data: ImportResponse) {
    for (const l of [...this.#listeners]) l({ data } as MessageEvent<ImportResponse>);
  }
}

const text = (t: string) => ({ kind: 'text' as const, text: t });
const WIDE = 'Afdeling;Nederland;Europa;Buiten Europa\nZorg;12;3;5\n';

function client() {
  const workers: FakeWorker[] = [];
  const c = new ImportClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { c, workers };
}

describe('ImportClient', () => {
  it('reports progress, then the report; the dataset crosses only when taken', async () => {
    const { c, workers } = client();
    const fractions: number[] = [];
    const started = c.start(text(WIDE), {}, (f) => fractions.push(f));
    await workers[0]!.finish(0);
    const finished = await started;
    expect(fractions).toEqual([0.5]);
    if (!finished || finished === 'failed') throw new Error('no report');
    expect(finished.report.ok).toBe(true);
    expect(finished.report).not.toHaveProperty('dataset');
    const dataset = await c.takeDataset(finished.id);
    // Zorg: 12 + 3 + 5 = 20
    expect(dataset?.groups[0]?.total).toBe(20);
  });

  it('lets a newer import supersede the one in flight: the old resolves null and its worker ends', async () => {
    const { c, workers } = client();
    const first = c.start(text(WIDE), {}, () => {});
    const second = c.start(text(WIDE.replace('12', '13')), {}, () => {});
    expect(await first).toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    await workers[1]!.finish(0);
    const finished = await second;
    if (!finished || finished === 'failed') throw new Error('no report');
    expect((await c.takeDataset(finished.id))?.groups[0]?.counts.nederland).toBe(13);
  });

  it('cancel terminates the worker and resolves null; a later import gets a fresh worker', async () => {
    const { c, workers } = client();
    const running = c.start(text(WIDE), {}, () => {});
    c.cancel();
    expect(await running).toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    const again = c.start(text(WIDE), {}, () => {});
    expect(workers).toHaveLength(2);
    await workers[1]!.finish(0);
    const finished = await again;
    expect(finished !== null && finished !== 'failed' && finished.report.ok).toBe(true);
  });

  it('transfers file bytes instead of copying them', async () => {
    const { c, workers } = client();
    const bytes = new TextEncoder().encode(WIDE);
    void c.start({ kind: 'bytes', bytes, fileName: 'a.csv' }, {}, () => {}, 'a.csv');
    expect(workers[0]!.transferred[0]).toEqual([bytes.buffer]);
    expect(workers[0]!.requests[0]).toMatchObject({ type: 'import', fileName: 'a.csv' });
  });

  it('sends a picked file as its handle: nothing to transfer, nothing read on this thread', () => {
    const { c, workers } = client();
    const file = new File([WIDE], 'a.csv');
    void c.start({ kind: 'file', file, fileName: 'a.csv' }, {}, () => {}, 'a.csv');
    expect(workers[0]!.transferred[0]).toEqual([]);
    expect(workers[0]!.requests[0]).toMatchObject({ type: 'import', source: { kind: 'file', file } });
  });

  it('answers "failed" when the worker fails, and starts a fresh one next time', async () => {
    const { c, workers } = client();
    const running = c.start(text(WIDE), {}, () => {});
    workers[0]!.fail();
    expect(await running).toBe('failed');
    expect(workers[0]!.terminated).toBe(true);
    void c.start(text(WIDE), {}, () => {});
    expect(workers).toHaveLength(2);
  });

  it('warm() starts the worker once, and the first import uses it', () => {
    const { c, workers } = client();
    c.warm();
    c.warm();
    expect(workers).toHaveLength(1);
    void c.start(text(WIDE), {}, () => {});
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests).toHaveLength(1);
  });
});
