import { getContext, onDestroy, setContext } from 'svelte';
import { checkFlowsWithDataset, summariseFlows, type FlowImport, type FlowSet, type FlowSummary, type StockFlowMismatch } from '../core/flows';
import type { Dataset } from '../core/types';
import { ImportClient, type FlowRunner } from '../workers/importClient';
import type { WorkerSource } from '../workers/protocol';

export type FlowImportStatus =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'failed' }
  | { state: 'checked' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'save-failed'; code: string };

/** Keeps flows with the dataset on screen (null removes them); answers with a code when it could not. */
export type SaveFlows = (flows: FlowSet | null) => Promise<{ ok: true } | { ok: false; code: string }>;

/**
 * The data screen's flow import (issue #18): a file or pasted table of flows, read in the import
 * worker by the same readers as stocks, checked against the stocks of the dataset on screen, and
 * kept with that dataset. Nothing is stored before `save()`.
 */
export class FlowImportState {
  status = $state.raw<FlowImportStatus>({ state: 'idle' });
  result = $state.raw<FlowImport | null>(null);
  fileName = $state('');
  /** The stock–flow check against the dataset on screen; null before a valid import. */
  stockCheck = $state.raw<{ checked: boolean; mismatches: StockFlowMismatch[] } | null>(null);
  summary = $derived<FlowSummary | null>(this.valid ? summariseFlows(this.result!.flows, this.result!.stages) : null);

  #runner: FlowRunner;
  #dataset: () => Dataset | null;
  #save: SaveFlows;
  #run = 0;

  constructor(runner: FlowRunner, dataset: () => Dataset | null, save: SaveFlows) {
    this.#runner = runner;
    this.#dataset = dataset;
    this.#save = save;
  }

  /** Flows were read and no error stopped them (stock mismatches are findings, not refusals). */
  get valid(): boolean {
    return this.result !== null && this.result.flows.length > 0;
  }

  loadFile(file: File): Promise<void> {
    return this.#read({ kind: 'file', file, fileName: file.name }, file.name);
  }

  loadText(text: string): Promise<void> {
    return this.#read({ kind: 'text', text }, '');
  }

  async save(): Promise<boolean> {
    const result = this.result;
    if (!result || !this.valid || this.status.state === 'saving') return false;
    this.status = { state: 'saving' };
    const set: FlowSet = { counts: result.flows, stages: result.stages, ...(this.fileName ? { fileName: this.fileName } : {}) };
    const saved = await this.#save(set);
    this.status = saved.ok ? { state: 'saved' } : { state: 'save-failed', code: saved.code };
    return saved.ok;
  }

  /** Removes the flows kept with the dataset on screen. */
  async remove(): Promise<boolean> {
    const saved = await this.#save(null);
    if (saved.ok) this.#reset();
    return saved.ok;
  }

  async #read(source: WorkerSource, fileName: string): Promise<void> {
    const run = ++this.#run;
    this.#reset();
    this.fileName = fileName;
    this.status = { state: 'reading' };
    const dataset = this.#dataset();
    const result = await this.#runner.importFlows(source, dataset?.scheme);
    if (run !== this.#run || result === null) return;
    if (result === 'failed') {
      this.status = { state: 'failed' };
      return;
    }
    this.result = result;
    this.stockCheck = dataset && result.flows.length > 0 ? checkFlowsWithDataset(dataset, result.flows) : null;
    this.status = { state: 'checked' };
  }

  #reset(): void {
    this.result = null;
    this.stockCheck = null;
    this.status = { state: 'idle' };
  }
}

const KEY = Symbol('flow-runner');

/** Lets a test replace the worker-backed runner the flow import uses. */
export function setFlowRunner(runner: FlowRunner): FlowRunner {
  return setContext(KEY, runner);
}

/** The flow import of a screen, on the runner an ancestor set (tests), else on a worker client of its own. */
export function createFlowImport(dataset: () => Dataset | null, save: SaveFlows): FlowImportState {
  const given = getContext<FlowRunner | undefined>(KEY);
  const client = given ? null : new ImportClient();
  onDestroy(() => client?.dispose());
  return new FlowImportState(given ?? client!, dataset, save);
}
