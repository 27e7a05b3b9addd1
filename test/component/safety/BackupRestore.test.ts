import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import DataSafetyPanel from '../../../src/components/safety/DataSafetyPanel.svelte';
import type { Store } from '../../../src/storage';
import { record, renderWith, testEnv, workspaceWith } from '../settings/setup';

/** Picks `text` as a file in the restore input, as the file picker would. */
async function pickBackup(text: string, name = 'barometer-backup-2026-11-29.json'): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#restore-file')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  await fireEvent.change(input);
}

async function snapshotOf(store: Store) {
  const snapshot = await store.readSnapshot();
  if (!snapshot.ok) throw new Error(snapshot.error.detail);
  return snapshot.value;
}

async function setUp() {
  const workspace = await workspaceWith([record('d1', 'Personeel 2024')]);
  const { env, downloads } = testEnv();
  renderWith(DataSafetyPanel, workspace, { env });
  return { workspace, store: workspace.store!, env, downloads };
}

describe('backup and restore', () => {
  it('downloads one JSON file with a dated, safe name and remembers the backup date', async () => {
    const { store, downloads } = await setUp();
    await fireEvent.click(screen.getByTestId('backup-make'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.fileName).toBe('barometer-backup-2026-11-29.json');
    const file = JSON.parse(downloads[0]!.text);
    expect(file).toMatchObject({ format: 'barometer-backup', appVersion: '9.9.9', createdAt: '2026-11-29T10:00:00.000Z' });
    expect(file.payload.datasets.map((d: { id: string }) => d.id)).toEqual(['d1']);
    expect(screen.getByTestId('backup-status')).toHaveTextContent('gedownload als barometer-backup-2026-11-29.json');
    expect(await store.loadSetting('lastBackupAt')).toEqual({ ok: true, value: '2026-11-29T10:00:00.000Z' });
  });

  it('restores after a wipe: preview first, written only on confirm, then the app reloads', async () => {
    const { store, downloads, env } = await setUp();
    await fireEvent.click(screen.getByTestId('backup-make'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const before = await snapshotOf(store);
    await store.wipe();

    await pickBackup(downloads[0]!.text);
    const preview = await screen.findByTestId('restore-preview');
    expect(preview.querySelector('[data-kind=datasets] [data-added]')).toHaveTextContent('Personeel 2024');
    expect(preview.querySelector('[data-kind=datasets] [data-replaced]')).toHaveTextContent('geen');
    expect((await snapshotOf(store)).datasets).toEqual([]);
    expect(env.reload).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId('restore-confirm'));
    await waitFor(() => expect(env.reload).toHaveBeenCalledTimes(1));
    expect(await snapshotOf(store)).toEqual(before);
  });

  it('shows a dataset that is already there as replaced', async () => {
    const { downloads } = await setUp();
    await fireEvent.click(screen.getByTestId('backup-make'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    await pickBackup(downloads[0]!.text);
    const preview = await screen.findByTestId('restore-preview');
    expect(preview.querySelector('[data-kind=datasets] [data-replaced]')).toHaveTextContent('Personeel 2024');
    expect(preview.querySelector('[data-kind=datasets] [data-added]')).toHaveTextContent('geen');
  });

  it('cancel leaves the store as it was', async () => {
    const { store, downloads, env } = await setUp();
    await fireEvent.click(screen.getByTestId('backup-make'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    await store.deleteDataset('d1');
    await pickBackup(downloads[0]!.text);
    await screen.findByTestId('restore-preview');
    await fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByTestId('restore-preview')).toBeNull();
    expect((await snapshotOf(store)).datasets).toEqual([]);
    expect(env.reload).not.toHaveBeenCalled();
  });

  it.each([
    ['a changed count', (t: string) => t.replace('"total": 60', '"total": 61'), 'hash-mismatch', /controlegetal/],
    ['a cut-off file', (t: string) => t.slice(0, t.length / 2), 'truncated', /afgebroken/],
    ['another JSON file', () => '{"hello": "world"}', 'foreign', /geen back-up van deze app/],
    ['a newer format', (t: string) => t.replace('"formatVersion": 1', '"formatVersion": 99'), 'newer-format', /nieuwere versie/],
  ])('refuses %s with its reason and leaves the store untouched', async (_name, spoil, code, message) => {
    const { store, downloads, env } = await setUp();
    await fireEvent.click(screen.getByTestId('backup-make'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const before = await snapshotOf(store);
    await pickBackup(spoil(downloads[0]!.text));
    const status = screen.getByTestId('restore-status');
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'rejected'));
    expect(status.querySelector(`[data-problem="${code}"]`)).toHaveTextContent(message);
    expect(status).toHaveTextContent('Er is niets veranderd.');
    expect(await snapshotOf(store)).toEqual(before);
    expect(env.reload).not.toHaveBeenCalled();
  });

  it('encrypts with a passphrase typed twice, and asks for it again on restore', async () => {
    const { store, downloads } = await setUp();
    await fireEvent.input(screen.getByTestId('backup-passphrase'), { target: { value: 'geheim genoeg' } });
    const repeat = screen.getByLabelText('Herhaal de wachtwoordzin');
    await fireEvent.input(repeat, { target: { value: 'geheim' } });
    expect(screen.getByTestId('backup-make')).toBeDisabled();
    expect(screen.getByText('De twee wachtwoordzinnen zijn niet gelijk.')).toBeInTheDocument();
    await fireEvent.input(repeat, { target: { value: 'geheim genoeg' } });
    await fireEvent.click(screen.getByTestId('backup-make'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const file = JSON.parse(downloads[0]!.text);
    expect(file.payload).toBeUndefined();
    expect(downloads[0]!.text).not.toContain('Personeel 2024');
    await store.wipe();

    await pickBackup(downloads[0]!.text);
    await screen.findByText(/is versleuteld. Vul de wachtwoordzin in./);
    await fireEvent.input(screen.getByTestId('restore-passphrase'), { target: { value: 'fout' } });
    await fireEvent.submit(screen.getByTestId('restore-passphrase').closest('form')!);
    expect(await screen.findByText('Deze wachtwoordzin klopt niet. Probeer het opnieuw.', {}, { timeout: 5000 })).toBeInTheDocument();
    await fireEvent.input(screen.getByTestId('restore-passphrase'), { target: { value: 'geheim genoeg' } });
    await fireEvent.submit(screen.getByTestId('restore-passphrase').closest('form')!);
    const preview = await screen.findByTestId('restore-preview', {}, { timeout: 5000 });
    expect(preview.querySelector('[data-kind=datasets] [data-added]')).toHaveTextContent('Personeel 2024');
  });
});
