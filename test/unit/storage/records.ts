import type { BenchmarkTable, OrganisationProfile } from '../../../src/core/types';
import type { DatasetRecord } from '../../../src/storage';

/** A small saved dataset; `groups` groups of 10 staff each so summaries are easy to check. */
export function makeRecord(id: string, savedAt: string, groups = 1): DatasetRecord {
  return {
    id,
    name: `Dataset ${id}`,
    savedAt,
    dataset: {
      scheme: 'herkomst',
      dimensions: ['afdeling'],
      groups: Array.from({ length: groups }, (_, i) => ({
        key: { afdeling: `Afdeling ${i + 1}` },
        total: 10,
        counts: { nederland: 6, europa: 3, 'buiten-europa': 1 },
      })),
      meta: { provenance: 'survey', fileName: 'personeel.csv' },
    },
  };
}

export const profile: OrganisationProfile = { name: 'Gemeente Voorbeeld', sector: 'O', region: '', headcount: 420 };

export function makeBenchmark(id: string): BenchmarkTable {
  return {
    id,
    scheme: 'herkomst',
    year: 2024,
    population: 'jobs',
    dimensions: ['sector'],
    title: { nl: `Tabel ${id}`, en: `Table ${id}` },
    provenance: { kind: 'imported', source: 'CBS StatLine export' },
    rows: [{ key: { sector: 'O' }, shares: { nederland: 0.7, europa: 0.1, 'buiten-europa': 0.2 } }],
  };
}
