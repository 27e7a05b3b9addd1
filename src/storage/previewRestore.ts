import type { BackupHeader, RestorePreview } from './backupFormat';
import { summarizeDataset } from './summarizeDataset';
import type { StoreSnapshot } from './types';

/** What writing `incoming` over `current` would add and replace (restore never deletes). */
export function previewRestore(
  header: BackupHeader,
  encrypted: boolean,
  incoming: StoreSnapshot,
  current: StoreSnapshot,
): RestorePreview {
  const datasetIds = new Set(current.datasets.map((record) => record.id));
  const benchmarkIds = new Set(current.benchmarks.map((table) => table.id));
  const split = <T>(items: T[], has: (item: T) => boolean) => ({
    added: items.filter((item) => !has(item)),
    replaced: items.filter(has),
  });
  const datasets = split(incoming.datasets, (record) => datasetIds.has(record.id));
  const benchmarks = split(
    incoming.benchmarks.map((table) => table.id),
    (id) => benchmarkIds.has(id),
  );
  return {
    appVersion: header.appVersion,
    createdAt: header.createdAt,
    encrypted,
    datasets: { added: datasets.added.map(summarizeDataset), replaced: datasets.replaced.map(summarizeDataset) },
    benchmarks,
    profile: incoming.profile ? (current.profile ? 'replaced' : 'added') : 'none',
    settings: split(Object.keys(incoming.settings), (key) => Object.hasOwn(current.settings, key)),
  };
}
