import type { Dataset } from '../core/types';
import type { PresetId, PublishedTable } from '../core/privacy';

/** Main thread -> publish worker. */
export interface PublishRequest {
  id: number;
  dataset: Dataset;
  preset: PresetId;
}

/** Publish worker -> main thread: the only numbers views may show. */
export interface PublishResponse {
  id: number;
  table: PublishedTable;
}
