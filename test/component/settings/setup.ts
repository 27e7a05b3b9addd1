import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { vi } from 'vitest';
import type { Dataset, Locale } from '../../../src/core/types';
import { createMemoryStore, type DatasetRecord, type Store } from '../../../src/storage';
import { Workspace } from '../../../src/state/workspace.svelte';
import type { SafetyEnvironment } from '../../../src/state/safety.svelte';
import type { ThemeState } from '../../../src/state/theme.svelte';
import type { Router } from '../../../src/state/router.svelte';
import WithApp from './WithApp.svelte';

/** 2026-11-29 10:00 UTC: every test runs at this moment. */
export const NOW = new Date('2026-11-29T10:00:00Z');

/** A small saved dataset: units A (60: 40/10/10) and B (60: 30/15/15). */
export function record(id: string, name: string, savedAt = '2026-11-01T09:00:00.000Z'): DatasetRecord {
  const dataset: Dataset = {
    scheme: 'herkomst',
    dimensions: ['afdeling'],
    groups: [
      { key: { afdeling: 'A' }, total: 60, counts: { nederland: 40, europa: 10, 'buiten-europa': 10 } },
      { key: { afdeling: 'B' }, total: 60, counts: { nederland: 30, europa: 15, 'buiten-europa': 15 } },
    ],
  };
  return { id, name, savedAt, dataset };
}

/**
 * A workspace on a memory store holding `records`, its saved list already read. The demo is taken
 * off screen: publishing it takes seconds in jsdom and these tests do not need it.
 */
export async function workspaceWith(records: DatasetRecord[] = [], store: Store = createMemoryStore()): Promise<Workspace> {
  for (const r of records) await store.saveDataset(r);
  const workspace = new Workspace(() => 'nl');
  await workspace.init(async () => store);
  workspace.shown = null;
  return workspace;
}

/** A safety environment that records downloads and reloads instead of doing them. */
export function testEnv(overrides: Partial<SafetyEnvironment> = {}) {
  const downloads: Array<{ fileName: string; text: string }> = [];
  const env = {
    download: vi.fn((fileName: string, text: string) => void downloads.push({ fileName, text })),
    reload: vi.fn(),
    now: () => NOW,
    estimate: async () => ({ supported: true as const, usage: 1_500_000, quota: 2_000_000_000 }),
    appVersion: '9.9.9',
    ...overrides,
  };
  return { env, downloads };
}

export function renderWith(
  component: Component,
  workspace: Workspace,
  options: { env?: ReturnType<typeof testEnv>['env']; locale?: Locale; theme?: ThemeState; router?: Router } = {},
) {
  return render(WithApp, { props: { component, workspace, ...options } });
}
