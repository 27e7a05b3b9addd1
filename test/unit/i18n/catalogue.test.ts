import { describe, expect, it, vi } from 'vitest';
import { allAreas } from '../../../src/i18n/catalogue';
import { translate } from '../../../src/i18n/translate';

const AREAS = await allAreas();
const nl: Record<string, string> = Object.assign({}, ...AREAS.map((a) => a.nl));
const en: Record<string, string> = Object.assign({}, ...AREAS.map((a) => a.en));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have exactly the same keys in Dutch and English, in every area', () => {
    for (const area of AREAS) expect(Object.keys(area.en).sort()).toEqual(Object.keys(area.nl).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no key defined by two areas', () => {
    const counts = new Map<string, number>();
    for (const area of AREAS) for (const key of Object.keys(area.nl)) counts.set(key, (counts.get(key) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
  });

  it('have no empty message and the same placeholders in both languages', () => {
    for (const [key, dutch] of Object.entries(nl)) {
      const english = en[key] ?? '';
      expect(dutch.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(dutch));
    }
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(translate('en', 'data.groups', { count: 3 })).toBe('3 groups');
    expect(translate('nl', 'data.groups', { count: 3 })).toBe('3 groepen');
    expect(translate('nl', 'data.groups')).toBe('{count} groepen');
  });
});

describe('lazy message areas', () => {
  // A fresh copy of the module: the test setup has already loaded every area into the shared one.
  async function freshTranslate() {
    vi.resetModules();
    return import('../../../src/i18n/translate');
  }

  it('shows a key of an area not loaded as ⟦key⟧, and its text once loaded', async () => {
    const { loadMessages, onMessagesLoaded, translate } = await freshTranslate();
    // 'nav.groups' is a shell message (app.ts): there from the start.
    expect(translate('nl', 'nav.groups')).toBe('Per groep');
    expect(translate('en', 'settings.heading')).toBe('⟦settings.heading⟧');
    let heard = 0;
    onMessagesLoaded(() => heard++);
    await loadMessages(['settings']);
    expect(translate('en', 'settings.heading')).toBe('Settings');
    expect(translate('nl', 'settings.heading')).toBe('Instellingen');
    expect(heard).toBe(1);
    // Loading again costs nothing and tells no one.
    await loadMessages(['settings']);
    expect(heard).toBe(1);
  });
});
