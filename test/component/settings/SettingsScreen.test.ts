import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import SettingsScreen from '../../../src/components/settings/SettingsScreen.svelte';
import { renderWith, testEnv, workspaceWith } from './setup';

describe('SettingsScreen', () => {
  it('starts at h2 and never skips a heading level', async () => {
    const workspace = await workspaceWith();
    const { container } = renderWith(SettingsScreen, workspace, { env: testEnv().env });
    const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(2);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    expect(screen.getByRole('heading', { level: 2, name: 'Instellingen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Gegevens veilig bewaren' })).toBeInTheDocument();
  });

  it('names every control', async () => {
    const workspace = await workspaceWith();
    renderWith(SettingsScreen, workspace, { env: testEnv().env });
    for (const control of [...screen.getAllByRole('radio'), ...screen.getAllByRole('button')]) {
      expect(control).toHaveAccessibleName();
    }
    expect(screen.getByLabelText('Back-upbestand')).toHaveAttribute('type', 'file');
  });

  it('the language choice follows and sets the app language', async () => {
    const workspace = await workspaceWith();
    renderWith(SettingsScreen, workspace, { env: testEnv().env, locale: 'en' });
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    screen.getByRole('radio', { name: 'Nederlands' }).click();
    expect(await screen.findByRole('heading', { level: 2, name: 'Instellingen' })).toBeInTheDocument();
  });
});
