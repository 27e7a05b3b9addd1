import { getContext, setContext } from 'svelte';
import type { Store } from '../storage';

/** What the user chose on the analysis screens for one dataset; saved with the dataset's id. */
export interface AnalysisChoices {
  /** Grouping on the groups screen: a dimension id, or FINEST for the finest groups. */
  groupDimension: string;
  /** The dimension the pipeline orders. */
  levelDimension: string;
  /** Dimension id -> the user's level order, lowest first. */
  levelOrder: Record<string, string[]>;
  /** Dimension shown per group on the trends screen ('' = organisation only). */
  trendDimension: string;
  /** Category id -> target as typed (percent); absent until the user types. */
  targets: Record<string, string> | null;
  targetYear: string;
  /** Yearly turnover as typed (percent). */
  turnover: string;
}

/** The groups screen's choice for "the finest groups" (every dimension at once). */
export const FINEST = '*';

const EMPTY: AnalysisChoices = {
  groupDimension: '',
  levelDimension: '',
  levelOrder: {},
  trendDimension: '',
  targets: null,
  targetYear: '',
  turnover: '',
};

/** The settings key for a dataset; the demo (no id) has its own. */
export function analysisSettingKey(datasetId: string | null): string {
  return `analysis:${datasetId ?? 'demo'}`;
}

/**
 * The user's analysis inputs for the dataset on screen, persisted through the store so that
 * they survive a reload. Empty values mean "not chosen": screens fall back to their defaults.
 */
export class AnalysisSettings {
  readonly #store: () => Store | null;
  readonly #datasetId: () => string | null;
  choices = $state.raw<AnalysisChoices>({ ...EMPTY });
  #loadedFor: string | null = null;

  constructor(store: () => Store | null, datasetId: () => string | null) {
    this.#store = store;
    this.#datasetId = datasetId;
  }

  /**
   * Loads the choices of the dataset on screen, once per dataset and store: called again when
   * the store opens (it may open after the first screen shows) or another dataset is shown.
   */
  async load(): Promise<void> {
    const store = this.#store();
    const key = analysisSettingKey(this.#datasetId());
    const marker = `${key}|${store ? 'store' : 'none'}`;
    if (this.#loadedFor === marker) return;
    const sameDataset = this.#loadedFor?.startsWith(`${key}|`) ?? false;
    this.#loadedFor = marker;
    if (!sameDataset) this.choices = { ...EMPTY };
    const result = await store?.loadSetting<Partial<AnalysisChoices>>(key);
    if (result?.ok && result.value && this.#loadedFor === marker) this.choices = { ...EMPTY, ...result.value };
  }

  /** Changes some choices and saves them; a failed save keeps the change on screen. */
  async update(change: Partial<AnalysisChoices>): Promise<void> {
    this.choices = { ...this.choices, ...change };
    const result = await this.#store()?.saveSetting(analysisSettingKey(this.#datasetId()), $state.snapshot(this.choices));
    if (result && !result.ok) console.warn('analysis settings:', result.error.detail);
  }
}

const KEY = Symbol('analysis-settings');
const shared = new WeakMap<object, AnalysisSettings>();

/**
 * The analysis settings of the app: from context when an ancestor provides them, else one
 * instance per workspace, shared by every screen (so the choices survive moving between routes).
 */
export function useAnalysisSettings(workspace: { store: Store | null; shown: { id: string | null } | null }): AnalysisSettings {
  const provided = getContext<AnalysisSettings | undefined>(KEY);
  if (provided) return provided;
  let settings = shared.get(workspace);
  if (!settings) {
    settings = new AnalysisSettings(() => workspace.store, () => workspace.shown?.id ?? null);
    shared.set(workspace, settings);
  }
  return settings;
}

export function setAnalysisSettings(settings: AnalysisSettings): AnalysisSettings {
  return setContext(KEY, settings);
}
