import type { Dataset, Issue, Locale } from '../core/types';
import type { PresetId, PublishedTable } from '../core/privacy';

/** Main thread -> publish worker. */
export interface PublishRequest {
  id: number;
  dataset: Dataset;
  preset: PresetId;
}

/** What the disclosure step hands the views: the only numbers they may show, and its warnings. */
export interface Published {
  /** Its `audit` says what was hidden and whether the audit passed; views show only audited tables. */
  table: PublishedTable;
  /** Differencing warnings per language (checkDifferencing), computed beside the table. */
  warnings: Record<Locale, Issue[]>;
}

/** Publish worker -> main thread: the result, or why there is none (the solver failed to load). */
export type PublishResponse = { id: number } & (Published | { error: string });
