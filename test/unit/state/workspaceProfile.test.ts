import { describe, expect, it } from 'vitest';
import { createMemoryStore, type Store } from '../../../src/storage';
import { Workspace } from '../../../src/state/workspace.svelte';
import { demoProfile } from '../../../src/core';
import type { Dataset, OrganisationProfile } from '../../../src/core/types';

const OWN: Dataset = {
  scheme: 'herkomst',
  dimensions: ['jaar'],
  groups: [{ key: { jaar: '2024' }, total: 100, counts: { nederland: 60, europa: 30, buitenEuropa: 10 } }],
};
const MINE: OrganisationProfile = { name: 'Waterschap Test', sector: 'E', region: 'PV26', headcount: 100 };

async function workspaceOn(store: Store): Promise<Workspace> {
  const workspace = new Workspace(() => 'nl');
  await workspace.init(async () => store);
  return workspace;
}

describe('the profile belongs to the dataset shown', () => {
  it('uses the organisation described at import for own data, and stores it', async () => {
    const store = createMemoryStore();
    const workspace = await workspaceOn(store);
    expect(workspace.profile.name).toBe(demoProfile().name);
    await workspace.saveImported(OWN, 'Personeel 2024', MINE);
    expect(workspace.profile).toEqual(MINE);
    expect(await store.loadProfile()).toEqual({ ok: true, value: MINE });
  });

  it('never carries the demo profile over to own data, not even after editing it on the demo', async () => {
    const store = createMemoryStore();
    const workspace = await workspaceOn(store);
    await workspace.setProfile({ ...workspace.profile, sector: 'Q' });
    // Edits on the demo stay with the demo: nothing is stored.
    expect(await store.loadProfile()).toEqual({ ok: true, value: undefined });
    await workspace.saveImported(OWN, 'Personeel 2024');
    expect(workspace.profile).toEqual({ name: '', sector: '', region: '' });
  });

  it('switches profile with the dataset: the demo shows its own, own data the user’s', async () => {
    const store = createMemoryStore();
    const workspace = await workspaceOn(store);
    await workspace.saveImported(OWN, 'Personeel 2024', MINE);
    await workspace.showDemo();
    expect(workspace.profile).toEqual(demoProfile());
    await workspace.open(workspace.saved[0]!.id);
    expect(workspace.profile).toEqual(MINE);
  });

  it('restores the user’s profile with their dataset after a reload, and ignores a stored demo profile', async () => {
    const store = createMemoryStore();
    await (await workspaceOn(store)).saveImported(OWN, 'Personeel 2024', MINE);
    expect((await workspaceOn(store)).profile).toEqual(MINE);

    // An earlier version stored the demo's profile when it was edited on the demo.
    const old = createMemoryStore();
    await old.saveProfile({ ...demoProfile(), sector: 'Q' });
    const first = await workspaceOn(old);
    await first.saveImported(OWN, 'Personeel 2024');
    expect(first.profile.name).toBe('');
    expect(first.profile.sector).toBe('');
  });
});
