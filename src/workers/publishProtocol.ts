import type { Dataset, Issue } from '../core/types';
import type { PresetId, PublishAudit, PublishedTable, PublishProgress } from '../core/privacy';
import type { FlowCount, PublishedFlows } from '../core/flows';

/** A table computed and audited earlier, as kept in IndexedDB: its key (publishKey) and pattern. */
export interface KeptTable {
  key: string;
  pattern: string;
}

/** Main thread -> publish worker: a dataset, or flows (below). */
export type PublishRequest = PublishDatasetRequest | PublishFlowsRequest;

export interface PublishDatasetRequest {
  id: number;
  kind?: undefined;
  dataset: Dataset;
  preset: PresetId;
  /**
   * Reused (after the worker checked that it fits) instead of running the audit again: the whole
   * dataset's table, or its years' (publishByParts: a cache by content of the years).
   */
  kept?: readonly KeptTable[];
}

/** Flows between the stocks of `stocks`, published and audited with the stock table (publishFlows). */
export interface PublishFlowsRequest {
  id: number;
  kind: 'flows';
  stocks: Dataset;
  flows: readonly FlowCount[];
  /** Funnel stages in order. */
  stages: readonly string[];
  preset: PresetId;
  /** The stock table (or its years) kept from an earlier run, reused when it fits (as for a dataset request). */
  kept?: readonly KeptTable[];
}

/** What the disclosure step hands the views: the only numbers they may show, and its warnings. */
export interface Published {
  /** Its `audit` says what was hidden and whether the audit passed; views show only audited tables. */
  table: PublishedTable;
  /** Differencing warnings (checkDifferencing), computed beside the table; the UI words them. */
  warnings: Issue[];
  /**
   * Set when the table was computed and audited just now: what to keep so it is computed once —
   * the whole table and each year audited now, each with its audit.
   */
  keep?: Array<KeptTable & { audit: PublishAudit }>;
}

/**
 * Publish worker -> main thread: progress while the audit runs, then the result, or why there is
 * none (the solver failed to load).
 */
export type PublishResponse = { id: number } & (Published | { flows: PublishedFlows } | { error: string } | { progress: PublishProgress });
