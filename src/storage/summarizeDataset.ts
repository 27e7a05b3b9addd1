import type { DatasetRecord, DatasetSummary } from './types';

export function summarizeDataset(record: DatasetRecord): DatasetSummary {
  return {
    id: record.id,
    name: record.name,
    savedAt: record.savedAt,
    groupCount: record.dataset.groups.length,
    scheme: record.dataset.scheme,
  };
}

/** Newest first; equal timestamps by id so the order is stable. */
export function sortNewestFirst(summaries: DatasetSummary[]): DatasetSummary[] {
  return summaries.sort((a, b) =>
    a.savedAt === b.savedAt ? a.id.localeCompare(b.id) : a.savedAt < b.savedAt ? 1 : -1,
  );
}
