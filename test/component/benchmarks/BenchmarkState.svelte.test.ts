import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import type { Dataset, OrganisationProfile } from '../../../src/core/types';
import { demoDataset } from '../../../src/core';
import { createMemoryStore } from '../../../src/storage';
import { BenchmarkState } from '../../../src/state/benchmarks.svelte';
import { IMPORTED_SECTOR_2024, SECTOR_2024, SECTOR_REGION_2024 } from '../../fixtures/benchmarks/lookupTables';

import type { BenchmarkTable } from '../../../src/core/types';

// 1 tot 10 employees in sector I: 40% Nederland
const SECTOR_SIZE_2024: BenchmarkTable = {
  ...SECTOR_2024, id: 'herkomst-2024-sector-size', dimensions: ['sector', 'sizeClass'],
  rows: [{ key: { sector: 'I', sizeClass: '1-10' }, shares: { nederland: 0.4, europa: 0.3, 'buiten-europa': 0.3 } }],
};

const FILES: Record<string, unknown> = {
  'manifest.json': [SECTOR_2024, SECTOR_REGION_2024, SECTOR_SIZE_2024].map((t) => ({
    id: t.id, scheme: t.scheme, year: t.year, population: t.population, dimensions: t.dimensions,
    title: t.title, provenanceKind: t.provenance.kind, file: `${t.id}.json`, bytes: 1,
  })),
  [`${SECTOR_2024.id}.json`]: SECTOR_2024,
  [`${SECTOR_REGION_2024.id}.json`]: SECTOR_REGION_2024,
  [`${SECTOR_SIZE_2024.id}.json`]: SECTOR_SIZE_2024,
};
const requested: string[] = [];
/** Files that fail once, as a dropped connection would. */
const failOnce = new Set<string>();
vi.mock('../../../src/state/loadBenchmarkJson', () => ({
  loadBenchmarkJson: async (file: string) => {
    requested.push(file);
    if (failOnce.delete(file)) throw new Error(`benchmarks/${file}: HTTP 503`);
    return structuredClone(FILES[file]);
  },
}));

describe('BenchmarkState', () => {
  it('loads only the bundled tables the profile needs, plus the imports from the store, and prefers the imports', async () => {
    const store = createMemoryStore();
    await store.saveBenchmark(IMPORTED_SECTOR_2024);
    let profile = $state<OrganisationProfile>({ name: 'X', sector: 'I', region: '' });
    const dataset: Dataset = demoDataset(); // herkomst, latest year 2024
    const state = new BenchmarkState(() => dataset, () => profile, () => 'nl', () => store);
    requested.length = 0;
    await state.ensureLoaded();
    // sector only: the sector table, not the sector × region one
    expect(requested).toEqual(['manifest.json', `${SECTOR_2024.id}.json`]);
    expect(state.imported.map((t) => t.id)).toEqual([IMPORTED_SECTOR_2024.id]);
    // sector I: the import (58%) wins the tie with the bundled sector table (60%)
    expect(state.current?.provenance.kind).toBe('imported');
    expect(state.current?.shares.nederland).toBe(0.58);

    profile = { ...profile, region: 'AM18' };
    flushSync();
    await state.ensureLoaded();
    expect(requested.at(-1)).toBe(`${SECTOR_REGION_2024.id}.json`);
    // I × AM18 exists only in the modelled sector × region table: the real import of sector I still wins (58%)
    expect(state.current?.shares.nederland).toBe(0.58);
    expect(state.current?.provenance.kind).toBe('imported');
  });

  it('settles ties between bundled tables by manifest order, not by the order they were loaded', async () => {
    let profile = $state<OrganisationProfile>({ name: 'X', sector: 'I', region: '', headcount: 5 });
    const state = new BenchmarkState(() => demoDataset(), () => profile, () => 'nl');
    await state.ensureLoaded();
    // I × 1 tot 10 from the sector × size table
    expect(state.current?.shares.nederland).toBe(0.4);
    profile = { ...profile, region: 'AM18' };
    flushSync();
    await state.ensureLoaded();
    // I × AM18 (50%) and I × 1 tot 10 (40%) match equally; sector × region is listed first in the manifest
    expect(state.current?.shares.nederland).toBe(0.5);
    expect(state.tables.map((t) => t.id)).toEqual([SECTOR_2024.id, SECTOR_REGION_2024.id, SECTOR_SIZE_2024.id]);
  });

  it('asks for the manifest while the imports are still being read', async () => {
    const store = createMemoryStore();
    let release = () => {};
    const list = store.listBenchmarks.bind(store);
    store.listBenchmarks = () => new Promise((ok) => (release = () => ok(list())));
    const state = new BenchmarkState(() => demoDataset(), () => ({ name: 'X', sector: 'I', region: '' }), () => 'nl', () => store);
    requested.length = 0;
    const loading = state.ensureLoaded();
    await new Promise((ok) => setTimeout(ok, 0));
    expect(requested).toEqual(['manifest.json']); // before the store has answered
    release();
    await loading;
    expect(requested).toEqual(['manifest.json', `${SECTOR_2024.id}.json`]);
  });

  it('tries the manifest again on the next call when it failed to load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const state = new BenchmarkState(() => demoDataset(), () => ({ name: 'X', sector: 'I', region: '' }), () => 'nl');
    failOnce.add('manifest.json');
    await state.ensureLoaded();
    expect(state.manifest).toEqual([]);
    expect(state.current).toBeNull();
    await state.ensureLoaded();
    expect(state.manifest).toHaveLength(3);
    expect(state.current?.shares.nederland).toBe(0.6); // sector I in the bundled sector table
    warn.mockRestore();
  });
});
