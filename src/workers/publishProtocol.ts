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
  table: PublishedTable;
  /** Differencing warnings per language (checkDifferencing), computed beside the table. */
  warnings: Record<Locale, Issue[]>;
}

/** Publish worker -> main thread. */
export interface PublishResponse extends Published {
  id: number;
}
