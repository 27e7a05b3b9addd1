import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import ThemeChoice from '../../../src/components/settings/ThemeChoice.svelte';
import { ThemeState } from '../../../src/state/theme.svelte';
import { renderWith, workspaceWith } from './setup';

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe('ThemeChoice', () => {
  it('starts on the system theme, with no data-theme on the root', async () => {
    const workspace = await workspaceWith();
    renderWith(ThemeChoice, workspace);
    expect(screen.getByLabelText('Zoals het systeem')).toBeChecked();
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it.each([
    ['Donker', 'dark'],
    ['Licht', 'light'],
  ])('choosing %s sets data-theme=%s and keeps it', async (label, theme) => {
    const workspace = await workspaceWith();
    renderWith(ThemeChoice, workspace);
    await fireEvent.click(screen.getByLabelText(label));
    expect(document.documentElement.dataset.theme).toBe(theme);
    await waitFor(async () => expect(await workspace.store!.loadSetting('theme')).toEqual({ ok: true, value: theme }));
  });

  it('going back to the system theme removes data-theme', async () => {
    const workspace = await workspaceWith();
    renderWith(ThemeChoice, workspace);
    await fireEvent.click(screen.getByLabelText('Donker'));
    await fireEvent.click(screen.getByLabelText('Zoals het systeem'));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('restores a saved theme and ignores an unknown one', async () => {
    const workspace = await workspaceWith();
    const store = workspace.store!;
    const theme = new ThemeState();
    await store.saveSetting('theme', 'purple');
    await theme.restore(store);
    expect(theme.theme).toBe('system');
    await store.saveSetting('theme', 'dark');
    await theme.restore(store);
    expect(theme.theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
