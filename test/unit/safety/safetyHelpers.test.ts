import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore, type Store } from '../../../src/storage';
import { backupFileName } from '../../../src/state/safety.svelte';
import { choosePreset, loadPreset, requestPersistenceOnce, restorePreset } from '../../../src/state/storedChoices';
import { formatBytes } from '../../../src/components/settings/formatBytes';
import { shownPersistence } from '../../../src/components/settings/shownPersistence';

const persistentStore = (): Store => ({ ...createMemoryStore(), persistent: true });

describe('backupFileName', () => {
  it.each([
    ['2026-11-29T10:00:00Z', 'barometer-backup-2026-11-29.json'],
    // The date is the UTC day of the ISO timestamp.
    ['2027-01-01T00:30:00Z', 'barometer-backup-2027-01-01.json'],
  ])('%s -> %s', (at, expected) => {
    expect(backupFileName(new Date(at))).toBe(expected);
  });
});

describe('presets in the store', () => {
  it.each([
    ['cbs', 'cbs'],
    ['internal', 'internal'],
    ['loose', null],
    [10, null],
    [undefined, null],
  ])('a saved %s loads as %s', async (saved, expected) => {
    const store = createMemoryStore();
    if (saved !== undefined) await store.saveSetting('preset', saved);
    expect(await loadPreset(store)).toBe(expected);
  });

  it('restorePreset sets a saved preset and leaves the default otherwise', async () => {
    const store = createMemoryStore();
    const disclosure = { preset: 'standard' as const } as { preset: 'cbs' | 'standard' | 'internal' };
    await restorePreset(store, disclosure);
    expect(disclosure.preset).toBe('standard');
    await choosePreset(store, disclosure, 'internal');
    expect(disclosure.preset).toBe('internal');
    const fresh = { preset: 'standard' as 'cbs' | 'standard' | 'internal' };
    await restorePreset(store, fresh);
    expect(fresh.preset).toBe('internal');
  });
});

describe('requestPersistenceOnce', () => {
  it('does not ask again after a refusal, and keeps the outcome', async () => {
    const store = persistentStore();
    const ask = vi.fn(async () => 'denied' as const);
    expect(await requestPersistenceOnce(store, ask)).toBe('denied');
    expect(await requestPersistenceOnce(store, ask)).toBe('denied');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(await store.loadSetting('persistence')).toEqual({ ok: true, value: 'denied' });
  });

  it('checks a kept grant again (it may come from another browser) and keeps the new answer', async () => {
    const store = persistentStore();
    await store.saveSetting('persistence', 'granted');
    const ask = vi.fn(async () => 'denied' as const);
    expect(await requestPersistenceOnce(store, ask)).toBe('denied');
    expect(await store.loadSetting('persistence')).toEqual({ ok: true, value: 'denied' });
  });

  it('keeps no outcome when the call failed, so that the next save tries again', async () => {
    const store = persistentStore();
    const ask = vi.fn(async () => 'error' as const);
    expect(await requestPersistenceOnce(store, ask)).toBe('error');
    expect(await store.loadSetting('persistence')).toEqual({ ok: true, value: undefined });
    await requestPersistenceOnce(store, ask);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('does not ask for a store in memory (nothing to keep)', async () => {
    const ask = vi.fn(async () => 'granted' as const);
    expect(await requestPersistenceOnce(createMemoryStore(), ask)).toBeNull();
    expect(ask).not.toHaveBeenCalled();
  });
});

describe('shownPersistence', () => {
  const browser = (persisted?: boolean) => ({ supported: true as const, usage: 0, quota: 1, ...(persisted === undefined ? {} : { persisted }) });
  it.each([
    // [kept, this session, estimate, shown]
    [null, null, null, 'none'],
    [null, null, browser(true), 'granted'], // the browser's word wins
    ['denied', null, browser(true), 'granted'],
    ['granted', null, browser(false), 'none'], // a stale or foreign grant is not believed
    ['denied', null, browser(false), 'denied'],
    [null, false, browser(), 'denied'], // this session's request, no persisted() answer
    [null, true, { supported: false as const }, 'granted'],
    ['unsupported', null, { supported: false as const }, 'unsupported'],
  ] as const)('kept %s, session %s, estimate %j -> %s', (kept, session, estimate, shown) => {
    expect(shownPersistence(kept, session, estimate)).toBe(shown);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, 'nl', '0 B'],
    [999, 'nl', '999 B'],
    // 1,500 / 1000 = 1.5 kB
    [1_500, 'nl', '1,5 kB'],
    [1_500, 'en', '1.5 kB'],
    // 2,345,678 / 1000² = 2.345678 -> 2.3 MB
    [2_345_678, 'en', '2.3 MB'],
    // 12.34 × 1000³ -> 12.3 GB
    [12_340_000_000, 'nl', '12,3 GB'],
    // 5 × 1000⁵ stays in TB: 5000 TB, with a thousands separator
    [5e15, 'nl', '5.000,0 TB'],
  ] as const)('%d bytes (%s) -> %s', (bytes, locale, expected) => {
    expect(formatBytes(bytes, locale)).toBe(expected);
  });
});
