import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore, type Store } from '../../../src/storage';
import { SafetyState } from '../../../src/state/safety.svelte';

const NOW = new Date('2026-11-29T10:00:00Z');

function stateOn(store: Store | null) {
  const env = { download: vi.fn(), reload: vi.fn(), now: () => NOW, estimate: async () => ({ supported: false as const }), appVersion: '1.2.3' };
  return { safety: new SafetyState(() => store, env), env };
}

describe('SafetyState', () => {
  it.each([
    // [last backup, newest save, due?] at 2026-11-29 10:00, 7 days
    [null, undefined, false],
    [null, '2026-11-22T10:00:00.000Z', true], // exactly 7 days
    [null, '2026-11-22T10:00:01.000Z', false], // a second under 7 days
    ['2026-11-23T00:00:00.000Z', '2026-11-01T00:00:00.000Z', false], // backup after the save
    ['2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', true], // backup before the save, 28 days ago
  ])('reminder with last backup %s and newest save %s: %s', (last, newest, due) => {
    const { safety } = stateOn(createMemoryStore());
    safety.lastBackupAt = last;
    expect(safety.reminderDue(newest)).toBe(due);
  });

  it('reports a failed backup and downloads nothing', async () => {
    const store = createMemoryStore();
    store.close();
    const { safety, env } = stateOn(store);
    await safety.makeBackup('');
    expect(safety.backup).toEqual({ state: 'failed', code: 'closed' });
    expect(env.download).not.toHaveBeenCalled();
  });

  it('confirms nothing without a preview, and wipes nothing without the confirmation step', async () => {
    const store = createMemoryStore();
    await store.saveSetting('x', 1);
    const { safety, env } = stateOn(store);
    await safety.confirmRestore();
    await safety.confirmWipe();
    expect(env.reload).not.toHaveBeenCalled();
    expect(await store.loadSetting('x')).toEqual({ ok: true, value: 1 });
  });

  it('load reads the persistence outcome and the last backup date', async () => {
    const store = createMemoryStore();
    await store.saveSetting('persistence', 'granted');
    await store.saveSetting('lastBackupAt', '2026-11-20T08:00:00.000Z');
    const { safety } = stateOn(store);
    await safety.load();
    expect([safety.persistence, safety.lastBackupAt, safety.estimate]).toEqual(['granted', '2026-11-20T08:00:00.000Z', { supported: false }]);
  });
});
