import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import DataSafetyPanel from '../../../src/components/safety/DataSafetyPanel.svelte';
import { record, renderWith, testEnv, workspaceWith } from '../settings/setup';

async function setUp() {
  const workspace = await workspaceWith([
    record('d1', 'Personeel 2023', '2026-10-01T09:00:00.000Z'),
    record('d2', 'Personeel 2024', '2026-11-01T09:00:00.000Z'),
  ]);
  const { env } = testEnv();
  renderWith(DataSafetyPanel, workspace, { env });
  return { workspace, store: workspace.store!, env };
}

async function datasetIds(workspace: Awaited<ReturnType<typeof setUp>>['workspace']) {
  const list = await workspace.store!.listDatasets();
  return list.ok ? list.value.map((d) => d.id) : [];
}

describe('wipe everything', () => {
  it('asks first, with the focus on the safe choice', async () => {
    const { workspace, env } = await setUp();
    await fireEvent.click(screen.getByTestId('wipe-ask'));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Dit kan niet ongedaan worden gemaakt.');
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Annuleren'));
    expect(await datasetIds(workspace)).toEqual(['d2', 'd1']);
    expect(env.reload).not.toHaveBeenCalled();
  });

  it('cancel leaves everything in place', async () => {
    const { workspace, env } = await setUp();
    await fireEvent.click(screen.getByTestId('wipe-ask'));
    await fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await datasetIds(workspace)).toEqual(['d2', 'd1']);
    expect(env.reload).not.toHaveBeenCalled();
  });

  it('confirm empties the store and restarts the app', async () => {
    const { workspace, store, env } = await setUp();
    await store.saveSetting('preset', 'cbs');
    await fireEvent.click(screen.getByTestId('wipe-ask'));
    await fireEvent.click(screen.getByTestId('wipe-confirm'));
    await waitFor(() => expect(env.reload).toHaveBeenCalledTimes(1));
    expect(await store.readSnapshot()).toEqual({ ok: true, value: { datasets: [], benchmarks: [], settings: {} } });
    expect(await datasetIds(workspace)).toEqual([]);
  });

  it('shows why when the wipe fails, and does not restart', async () => {
    const { store, env } = await setUp();
    store.close();
    await fireEvent.click(screen.getByTestId('wipe-ask'));
    await fireEvent.click(screen.getByTestId('wipe-confirm'));
    expect(await screen.findByText(/Wissen is mislukt/)).toBeInTheDocument();
    expect(env.reload).not.toHaveBeenCalled();
  });
});

describe('delete one dataset', () => {
  it('deletes only the chosen dataset, after naming it in a confirmation', async () => {
    const { workspace } = await setUp();
    await fireEvent.change(screen.getByTestId('delete-choice'), { target: { value: 'd1' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Verwijderen…' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Weet u zeker dat u Personeel 2023 wilt verwijderen?');
    await fireEvent.click(screen.getByTestId('delete-confirm'));
    await waitFor(async () => expect(await datasetIds(workspace)).toEqual(['d2']));
    expect(workspace.saved.map((d) => d.id)).toEqual(['d2']);
  });

  it('says so when there is nothing to delete', async () => {
    const workspace = await workspaceWith();
    renderWith(DataSafetyPanel, workspace, { env: testEnv().env });
    expect(screen.getByText('Er zijn geen opgeslagen datasets.')).toBeInTheDocument();
  });
});
