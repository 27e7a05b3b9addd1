import type { ColumnRole, Dataset, ImportOptions, OrganisationProfile } from '../core/types';
import { applyMeta, validateMeta, type ImportReport, type SaveMeta } from '../core/importPreview';
import { getContext, onDestroy, onMount, setContext } from 'svelte';
import { ImportClient, type ImportRunner } from '../workers/importClient';
import type { WorkerSource } from '../workers/protocol';

/** The detection overrides the screen offers; absent = use what was detected. */
export type Overrides = Pick<ImportOptions, 'encoding' | 'delimiter' | 'decimal' | 'thousands' | 'shape' | 'scheme'>;

/** Stores a described dataset with its organisation; answers with a storage error code when it could not. */
export type SaveDataset = (dataset: Dataset, name: string, profile: OrganisationProfile) => Promise<{ ok: true } | { ok: false; code: string }>;

/** The import's steps, in order: where the source comes in, the check, the organisation, the save. */
export const IMPORT_STEPS = ['file', 'check', 'organisation', 'save'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

export type FlowStatus =
  | { state: 'idle' }
  | { state: 'reading'; fraction: number; large: boolean }
  | { state: 'cancelled' }
  | { state: 'failed' }
  | { state: 'checked' }
  | { state: 'saving' }
  | { state: 'saved'; name: string }
  | { state: 'save-failed'; code: string };

/** Files above this size get a progress bar with a cancel button. */
export const LARGE_FILE = 1 << 20;

const EMPTY_META: SaveMeta = { name: '', reference: '', provenance: '', notes: '' };

/**
 * The import screen's state: the source the user gave, the overrides and column mapping they
 * chose, the worker's latest report and the save form. Every change re-runs the import in the
 * worker; a newer run supersedes the one in flight. Nothing is stored before `save()`.
 */
export class ImportFlow {
  source = $state.raw<WorkerSource | null>(null);
  fileName = $state('');
  overrides = $state.raw<Overrides>({});
  mapping = $state.raw<Record<string, ColumnRole>>({});
  sheet = $state<string | undefined>(undefined);
  status = $state.raw<FlowStatus>({ state: 'idle' });
  /** The spreadsheet row the issue list last pointed at, highlighted in the grid. */
  highlight = $state<number | null>(null);
  meta = $state<SaveMeta>({ ...EMPTY_META });
  /** Problems are shown once the user has tried to save. */
  triedSave = $state(false);
  metaProblems = $derived(validateMeta(this.meta));

  /** The step the user is at; the screen moves focus to its heading when it changes. */
  step = $state<ImportStep>('file');
  /** The organisation the data describe (the "Uw organisatie" step): saved with the dataset. */
  organisation = $state<OrganisationProfile>({ name: '', sector: '', region: '' });
  /** Whether the headcount is the file's (and follows it on a re-run) or one the user typed. */
  headcountFromFile = $state(true);

  /** The latest finished run; it stays on screen while a re-run with new choices is in flight. */
  checked = $state.raw<{ id: number; report: ImportReport } | null>(null);
  report = $derived(this.checked?.report ?? null);

  #client: ImportRunner;
  #saveDataset: SaveDataset;
  #ownProfile: () => OrganisationProfile;
  #run = 0;

  /** `ownProfile` is the organisation as last described: the step starts from it, never from the demo's. */
  constructor(client: ImportRunner, saveDataset: SaveDataset, ownProfile: () => OrganisationProfile = () => ({ name: '', sector: '', region: '' })) {
    this.#client = client;
    this.#saveDataset = saveDataset;
    this.#ownProfile = ownProfile;
  }

  /** Goes to a step the import allows: the organisation and save steps need a valid import. */
  goTo(step: ImportStep): void {
    const valid = this.report?.ok === true;
    if (step === 'file' || (step === 'check' && this.report) || valid) this.step = step;
  }

  /** A headcount the user typed; empty goes back to the file's. */
  setHeadcount(text: string): void {
    const value = Number(text.trim());
    const typed = text.trim() !== '' && Number.isFinite(value) && value > 0;
    this.headcountFromFile = !typed;
    const fromFile = this.report?.ok ? this.report.summary.headcount : undefined;
    const headcount = typed ? Math.round(value) : fromFile;
    this.organisation = withHeadcount(this.organisation, headcount);
  }

  /**
   * A chosen or dropped file: read in the worker with everything detected afresh. Only the
   * File handle is kept and sent; its bytes are read in the worker, on every run.
   */
  async loadFile(file: File): Promise<void> {
    this.#begin({ kind: 'file', file, fileName: file.name }, file.name);
    this.meta = { ...EMPTY_META, name: file.name.replace(/\.[^.]+$/, '') || file.name };
    await this.rerun();
  }

  /** Text pasted from the clipboard (Excel pastes tab-separated rows). */
  async loadText(text: string): Promise<void> {
    this.#begin({ kind: 'text', text }, '');
    await this.rerun();
  }

  /** Rows typed into the hand-entry form. */
  async loadRows(rows: string[][]): Promise<void> {
    this.#begin({ kind: 'rows', rows }, '');
    await this.rerun();
  }

  setOverride<K extends keyof Overrides>(key: K, value: Overrides[K] | undefined): Promise<void> {
    const next = { ...this.overrides };
    if (value === undefined) delete next[key];
    else next[key] = value;
    this.overrides = next;
    return this.rerun();
  }

  setRole(header: string, role: ColumnRole | undefined): Promise<void> {
    const next = { ...this.mapping };
    if (role === undefined) delete next[header];
    else next[header] = role;
    this.mapping = next;
    return this.rerun();
  }

  setSheet(sheet: string): Promise<void> {
    this.sheet = sheet;
    this.overrides = {};
    this.mapping = {};
    return this.rerun();
  }

  /** Runs the current source with the current choices; a newer run makes this one's answer stale. */
  async rerun(): Promise<void> {
    const source = this.source;
    if (!source) return;
    const run = ++this.#run;
    const large = source.kind === 'file' && source.file.size > LARGE_FILE;
    this.status = { state: 'reading', fraction: 0, large };
    this.highlight = null;
    const sent: WorkerSource = source.kind === 'file' && this.sheet ? { ...source, sheet: this.sheet } : source;
    const options: ImportOptions = { ...this.overrides };
    if (Object.keys(this.mapping).length > 0) options.mapping = this.mapping;
    const finished = await this.#client.start(sent, options, (fraction) => {
      if (run === this.#run && this.status.state === 'reading') this.status = { ...this.status, fraction };
    }, this.fileName || undefined);
    if (run !== this.#run || !finished) return;
    if (finished === 'failed') {
      this.checked = null;
      this.status = { state: 'failed' };
      return;
    }
    this.checked = finished;
    this.status = { state: 'checked' };
    const report = finished.report;
    if (report.ok && this.headcountFromFile) this.organisation = { ...this.organisation, headcount: report.summary.headcount };
    if (this.step === 'file') this.step = 'check';
  }

  cancel(): void {
    this.#run++;
    this.#client.cancel();
    this.checked = null;
    this.status = { state: 'cancelled' };
  }

  /** Saves a valid import with its description; refuses while the form or the import has problems. */
  async save(): Promise<boolean> {
    this.triedSave = true;
    const checked = this.checked;
    const state = this.status.state;
    if (!checked?.report.ok || (state !== 'checked' && state !== 'save-failed')) return false;
    if (Object.keys(this.metaProblems).length > 0) return false;
    this.status = { state: 'saving' };
    const dataset = await this.#client.takeDataset(checked.id);
    if (!dataset) {
      this.status = { state: 'save-failed', code: 'unknown' };
      return false;
    }
    const meta = $state.snapshot(this.meta);
    const described = applyMeta(this.fileName ? { ...dataset, meta: { ...dataset.meta, fileName: this.fileName } } : dataset, meta);
    const saved = await this.#saveDataset(described, meta.name.trim(), $state.snapshot(this.organisation));
    if (!saved.ok) {
      this.status = { state: 'save-failed', code: saved.code };
      return false;
    }
    this.status = { state: 'saved', name: meta.name.trim() };
    this.source = null;
    this.checked = null;
    this.step = 'file';
    return true;
  }

  #begin(source: WorkerSource, fileName: string): void {
    this.source = source;
    this.checked = null;
    this.fileName = fileName;
    this.overrides = {};
    this.mapping = {};
    this.sheet = undefined;
    this.triedSave = false;
    this.step = 'file';
    this.organisation = withHeadcount(this.#ownProfile(), undefined);
    this.headcountFromFile = true;
  }
}

/** A copy of `profile` with `headcount` (none when undefined). */
function withHeadcount(profile: OrganisationProfile, headcount: number | undefined): OrganisationProfile {
  const next = { ...profile };
  if (headcount === undefined) delete next.headcount;
  else next.headcount = headcount;
  return next;
}

const KEY = Symbol('import-runner');

/** Lets a test (or another host) replace the worker-backed runner the import screen uses. */
export function setImportRunner(runner: ImportRunner): ImportRunner {
  return setContext(KEY, runner);
}

/** The runner an ancestor set, if any; the screen makes its own worker client otherwise. */
export function getImportRunner(): ImportRunner | undefined {
  return getContext<ImportRunner | undefined>(KEY);
}

/**
 * The import flow of a screen, made during its set-up: on the runner an ancestor set (tests), else
 * on a worker client of its own, warmed when the screen mounts and ended when it leaves. So no
 * component constructs a worker client.
 */
export function createImportFlow(saveDataset: SaveDataset, ownProfile: () => OrganisationProfile): ImportFlow {
  const given = getImportRunner();
  const client = given ? null : new ImportClient();
  onMount(() => client?.warm());
  onDestroy(() => client?.dispose());
  return new ImportFlow(given ?? client!, saveDataset, ownProfile);
}
