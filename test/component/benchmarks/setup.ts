import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import type { BenchmarkManifestEntry } from '../../../src/core';
import type { BenchmarkTable, OrganisationProfile } from '../../../src/core/types';
import { createMemoryStore } from '../../../src/storage';
import type { Settings } from '../../../src/state/settings.svelte';
import type { Workspace } from '../../../src/state/workspace.svelte';
import WithBenchmarks from './WithBenchmarks.svelte';

export interface Setup {
  tables?: BenchmarkTable[];
  imported?: BenchmarkTable[];
  manifest?: BenchmarkManifestEntry[];
  profile?: OrganisationProfile;
  locale?: 'nl' | 'en';
}

/**
 * Renders `component` in a workspace on a fresh memory store holding the `imported` tables (as
 * after a reload); returns the workspace and store too.
 */
export async function renderWith(component: Component, setup: Setup = {}) {
  const store = createMemoryStore();
  for (const table of setup.imported ?? []) await store.saveBenchmark(table);
  let workspace: Workspace | undefined;
  let settings: Settings | undefined;
  const result = render(WithBenchmarks, {
    props: { component, store, ...setup, onworkspace: (w: Workspace) => (workspace = w), onsettings: (s: Settings) => (settings = s) },
  });
  return { ...result, store, workspace: workspace!, settings: settings! };
}

/** A manifest entry for a bundled fixture table, so the browser can offer it. */
export function entryFor(table: BenchmarkTable): BenchmarkManifestEntry {
  return {
    id: table.id, scheme: table.scheme, year: table.year, population: table.population, dimensions: table.dimensions,
    title: table.title, provenanceKind: table.provenance.kind, file: `${table.id}.json`, bytes: 1,
  };
}
