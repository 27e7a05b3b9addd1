import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/svelte';
import BackupReminder from '../../../src/components/safety/BackupReminder.svelte';
import { Router } from '../../../src/state/router.svelte';
import { createMemoryStore, type Store } from '../../../src/storage';
import { record, renderWith, testEnv, workspaceWith } from '../settings/setup';

const persistentStore = (): Store => ({ ...createMemoryStore(), persistent: true });

describe('BackupReminder', () => {
  it('reminds on other screens when the newest save has gone 7 days without a backup, linking to the settings', async () => {
    // Saved 2026-11-01, now 2026-11-29: 28 days.
    const workspace = await workspaceWith([record('d1', 'Personeel')], persistentStore());
    renderWith(BackupReminder, workspace, { env: testEnv().env });
    const banner = await screen.findByTestId('backup-reminder-banner');
    expect(banner).toHaveTextContent('meer dan 7 dagen');
    expect(screen.getByRole('link', { name: 'Maak nu een back-up' })).toHaveAttribute('href', '#/settings');
  });

  it('stays away on the settings screen, which shows its own reminder', async () => {
    const workspace = await workspaceWith([record('d1', 'Personeel')], persistentStore());
    const router = new Router();
    router.route = 'settings';
    renderWith(BackupReminder, workspace, { env: testEnv().env, router });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('backup-reminder-banner')).toBeNull();
    // The same state on another screen does remind: only the route kept it away.
    router.route = 'overview';
    expect(await screen.findByTestId('backup-reminder-banner')).toBeInTheDocument();
  });

  it('ends when a backup was made after the newest save (read again on a route change)', async () => {
    const workspace = await workspaceWith([record('d1', 'Personeel')], persistentStore());
    const router = new Router();
    renderWith(BackupReminder, workspace, { env: testEnv().env, router });
    await screen.findByTestId('backup-reminder-banner');
    await workspace.store!.saveSetting('lastBackupAt', '2026-11-29T09:00:00.000Z');
    router.route = 'settings';
    router.route = 'overview';
    await waitFor(() => expect(screen.queryByTestId('backup-reminder-banner')).toBeNull());
  });

  it('says nothing when nothing is saved', async () => {
    const workspace = await workspaceWith([], persistentStore());
    renderWith(BackupReminder, workspace, { env: testEnv().env });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId('backup-reminder-banner')).toBeNull();
  });
});
