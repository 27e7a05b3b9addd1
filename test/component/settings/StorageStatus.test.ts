import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import StorageStatus from '../../../src/components/settings/StorageStatus.svelte';
import { createMemoryStore, type Store } from '../../../src/storage';
import { record, renderWith, testEnv, workspaceWith } from './setup';

/** A memory store that says it persists, as the IndexedDB store does. */
const persistentStore = (): Store => ({ ...createMemoryStore(), persistent: true });

describe('StorageStatus', () => {
  it('says that nothing is saved when the store lives in memory', async () => {
    const workspace = await workspaceWith();
    renderWith(StorageStatus, workspace, { env: testEnv().env });
    expect(screen.getByText(/Deze browser slaat niets op/)).toBeInTheDocument();
  });

  it('shows usage and quota from estimate()', async () => {
    const workspace = await workspaceWith([], persistentStore());
    renderWith(StorageStatus, workspace, { env: testEnv().env });
    // testEnv: 1,500,000 bytes = 1,5 MB; 2,000,000,000 bytes = 2,0 GB (powers of 1000).
    expect(await screen.findByText('In gebruik: 1,5 MB van 2,0 GB beschikbaar.')).toBeInTheDocument();
  });

  it('says so when the browser gives no estimate', async () => {
    const workspace = await workspaceWith([], persistentStore());
    renderWith(StorageStatus, workspace, { env: testEnv({ estimate: async () => ({ supported: false }) }).env });
    expect(await screen.findByText('De browser meldt niet hoeveel ruimte er is.')).toBeInTheDocument();
  });

  it.each([
    ['granted', /bewaart uw gegevens blijvend/],
    ['denied', /heeft blijvende opslag geweigerd/],
    ['unsupported', /kan niet beloven/],
  ])('shows the kept persistence outcome %s', async (outcome, text) => {
    const store = persistentStore();
    await store.saveSetting('persistence', outcome);
    const workspace = await workspaceWith([], store);
    renderWith(StorageStatus, workspace, { env: testEnv().env });
    expect(await screen.findByText(text)).toBeInTheDocument();
  });

  it('says persistence will be asked for at the first save when nothing was asked yet', async () => {
    const workspace = await workspaceWith([], persistentStore());
    renderWith(StorageStatus, workspace, { env: testEnv().env });
    expect(await screen.findByText(/zodra u voor het eerst gegevens opslaat/)).toBeInTheDocument();
  });

  it('reminds about a backup when the newest save is 7 or more days old and has none', async () => {
    // Saved 2026-11-01, now 2026-11-29: 28 days without a backup.
    const workspace = await workspaceWith([record('d1', 'Personeel', '2026-11-01T09:00:00.000Z')], persistentStore());
    renderWith(StorageStatus, workspace, { env: testEnv().env });
    expect(await screen.findByTestId('backup-reminder')).toHaveTextContent('meer dan 7 dagen');
    expect(screen.getByText('Er is nog geen back-up gemaakt.')).toBeInTheDocument();
  });

  it('does not remind when a backup was made after the newest save', async () => {
    const store = persistentStore();
    await store.saveSetting('lastBackupAt', '2026-11-02T09:00:00.000Z');
    const workspace = await workspaceWith([record('d1', 'Personeel', '2026-11-01T09:00:00.000Z')], store);
    renderWith(StorageStatus, workspace, { env: testEnv().env });
    expect(await screen.findByText('Laatste back-up: 2 november 2026.')).toBeInTheDocument();
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });

  it('does not remind when the newest save is under 7 days old', async () => {
    // Saved 2026-11-25 10:00, now 2026-11-29 10:00: 4 days.
    const workspace = await workspaceWith([record('d1', 'Personeel', '2026-11-25T10:00:00.000Z')], persistentStore());
    renderWith(StorageStatus, workspace, { env: testEnv().env });
    await screen.findByText('Er is nog geen back-up gemaakt.');
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });
});
