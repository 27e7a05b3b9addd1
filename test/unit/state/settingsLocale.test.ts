import { describe, expect, it, vi } from 'vitest';

describe('Settings.locale', () => {
  it('switches to English once its messages are in, and the latest choice wins', async () => {
    // Fresh modules: the test setup has already loaded every message area into the shared ones.
    vi.resetModules();
    const { Settings } = await import('../../../src/state/settings.svelte');
    const settings = new Settings();
    settings.locale = 'en';
    // English is not bundled: until it arrives the page stays in Dutch.
    expect(settings.locale).toBe('nl');
    expect(settings.t('app.language')).toBe('Taal');
    await vi.waitFor(() => expect(settings.locale).toBe('en'));
    expect(settings.t('app.language')).toBe('Language');
    // Loaded now, so switching is immediate both ways.
    settings.locale = 'nl';
    expect(settings.locale).toBe('nl');
    settings.locale = 'en';
    expect(settings.locale).toBe('en');
  });

  it('ignores an English load that finishes after the user went back to Dutch', async () => {
    vi.resetModules();
    const { Settings } = await import('../../../src/state/settings.svelte');
    const { loadMessages } = await import('../../../src/i18n/translate');
    const settings = new Settings();
    settings.locale = 'en';
    settings.locale = 'nl';
    await loadMessages(['shellEn']);
    await Promise.resolve();
    expect(settings.locale).toBe('nl');
  });
});
