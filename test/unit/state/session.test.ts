import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { createMemoryStore, type Store } from '../../../src/storage';
import { Session } from '../../../src/state/session.svelte';
import { demoDataset } from '../../../src/core';
import type { Dataset } from '../../../src/core/types';

/** A small own dataset: one unit, 100 staff in the latest year (60 + 30 + 10). */
const OWN: Dataset = {
  scheme: 'herkomst',
  dimensions: ['jaar'],
  groups: [{ key: { jaar: '2024' }, total: 100, counts: { nederland: 60, europa: 30, buitenEuropa: 10 } }],
  meta: { name: 'Eigen', provenance: 'registration' },
};

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  delete document.documentElement.dataset.theme;
});

/** Starts a session on `store`, with the disclosure worker and benchmark fetches replaced by spies. */
async function started(store: Store) {
  const session = new Session();
  const update = vi.spyOn(session.workspace.disclosure, 'update').mockResolvedValue();
  const ensureLoaded = vi.spyOn(session.workspace.benchmarks, 'ensureLoaded').mockResolvedValue();
  stop = session.start({ openStore: async () => store, window, registerUpdates: false });
  await vi.waitFor(() => expect(session.ready).toBe(true));
  flushSync();
  return { session, update, ensureLoaded };
}

describe('Session', () => {
  it('restores the dataset shown, the preset, the theme and the language from storage', async () => {
    const store = createMemoryStore();
    await store.saveDataset({ id: 'own', name: 'Eigen', savedAt: '2025-01-01T00:00:00.000Z', dataset: OWN });
    await store.saveSetting('shownId', 'own');
    await store.saveSetting('preset', 'cbs');
    await store.saveSetting('theme', 'dark');
    await store.saveSetting('locale', 'en');
    const { session } = await started(store);
    expect(session.workspace.shown).toMatchObject({ id: 'own', name: 'Eigen', demo: false });
    expect(session.workspace.disclosure.preset).toBe('cbs');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await vi.waitFor(() => expect(session.settings.locale).toBe('en'));
    flushSync();
    expect(document.documentElement.lang).toBe('en');
  });

  it('publishes the dataset shown, and again when the preset or the dataset changes', async () => {
    const { session, update } = await started(createMemoryStore());
    // Starts on the demo under the default preset.
    expect(update).toHaveBeenLastCalledWith(expect.objectContaining({ scheme: 'herkomst' }), 'standard');
    expect(update.mock.lastCall?.[0]?.meta?.name).toBe(demoDataset().meta?.name);
    session.workspace.disclosure.preset = 'internal';
    flushSync();
    expect(update).toHaveBeenLastCalledWith(expect.anything(), 'internal');
    await session.workspace.hideDemo();
    flushSync();
    expect(update).toHaveBeenLastCalledWith(null, 'internal');
  });

  it('asks for benchmark tables whenever the profile needs others', async () => {
    const { session, ensureLoaded } = await started(createMemoryStore());
    const before = ensureLoaded.mock.calls.length;
    expect(before).toBeGreaterThan(0);
    await session.workspace.setProfile({ ...session.workspace.profile, region: 'PV27' });
    flushSync();
    expect(ensureLoaded.mock.calls.length).toBeGreaterThan(before);
  });

  it('stores the language only when the user changes it', async () => {
    const store = createMemoryStore();
    const { session } = await started(store);
    expect(await store.loadSetting('locale')).toMatchObject({ ok: true, value: undefined });
    session.settings.locale = 'en';
    await vi.waitFor(() => expect(session.settings.locale).toBe('en'));
    flushSync();
    await vi.waitFor(async () => expect(await store.loadSetting('locale')).toMatchObject({ ok: true, value: 'en' }));
  });
});
