import { describe, expect, test } from 'vitest';
import { backupReminderDue, estimateStorage, requestPersistence } from '../../../src/storage';

const rejects = (): Promise<never> => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'));
const yes = async (): Promise<boolean> => true;
const no = async (): Promise<boolean> => false;

interface Case {
  name: string;
  storage: object | undefined;
  expected: unknown;
}

describe('requestPersistence', () => {
  test.each<Case>([
    { name: 'no StorageManager', storage: undefined, expected: 'unsupported' },
    { name: 'no persist()', storage: {}, expected: 'unsupported' },
    { name: 'already persisted', storage: { persisted: yes, persist: yes }, expected: 'already' },
    { name: 'granted now', storage: { persisted: no, persist: yes }, expected: 'granted' },
    { name: 'refused', storage: { persisted: no, persist: no }, expected: 'denied' },
    { name: 'persist() without persisted()', storage: { persist: yes }, expected: 'granted' },
    { name: 'persist() rejects', storage: { persisted: no, persist: rejects }, expected: 'error' },
  ])('$name → $expected', async ({ storage, expected }) => {
    expect(await requestPersistence(storage as never)).toBe(expected);
  });

  test('jsdom has no navigator.storage: the default is unsupported, not a throw', async () => {
    expect(await requestPersistence()).toBe('unsupported');
  });
});

describe('estimateStorage', () => {
  test.each<Case>([
    { name: 'no StorageManager', storage: undefined, expected: { supported: false } },
    {
      name: 'usage and quota',
      storage: { estimate: async () => ({ usage: 52_428, quota: 1_000_000_000 }) },
      expected: { supported: true, usage: 52_428, quota: 1_000_000_000 },
    },
    {
      name: 'with persisted()',
      storage: { estimate: async () => ({ usage: 1, quota: 2 }), persisted: yes },
      expected: { supported: true, usage: 1, quota: 2, persisted: true },
    },
    { name: 'missing numbers count as 0', storage: { estimate: async () => ({}) }, expected: { supported: true, usage: 0, quota: 0 } },
    { name: 'estimate() rejects', storage: { estimate: rejects }, expected: { supported: false } },
  ])('$name', async ({ storage, expected }) => {
    expect(await estimateStorage(storage as never)).toEqual(expected);
  });
});

describe('backupReminderDue', () => {
  const now = new Date('2026-03-15T12:00:00.000Z');
  test.each([
    { name: 'nothing saved', last: undefined, newest: undefined, days: 7, due: false },
    // 2026-03-08T12:00 is exactly 7 × 24 h before now
    { name: 'never backed up, saved exactly 7 days ago', last: undefined, newest: '2026-03-08T12:00:00.000Z', days: 7, due: true },
    { name: 'never backed up, saved 6 days 23 h ago', last: undefined, newest: '2026-03-08T13:00:00.000Z', days: 7, due: false },
    { name: 'backup after the newest save', last: '2026-03-01T00:00:00.000Z', newest: '2026-02-01T00:00:00.000Z', days: 7, due: false },
    { name: 'backup at the very moment of the save', last: '2026-02-01T00:00:00.000Z', newest: '2026-02-01T00:00:00.000Z', days: 7, due: false },
    { name: 'save 10 days ago after an older backup', last: '2026-01-01T00:00:00.000Z', newest: '2026-03-05T12:00:00.000Z', days: 7, due: true },
    { name: 'save 10 days ago, N = 14', last: '2026-01-01T00:00:00.000Z', newest: '2026-03-05T12:00:00.000Z', days: 14, due: false },
    { name: 'an unreadable backup date counts as none', last: 'gisteren', newest: '2026-03-05T12:00:00.000Z', days: 7, due: true },
    { name: 'an unreadable save date is ignored', last: undefined, newest: 'ooit', days: 7, due: false },
  ])('$name → $due', ({ last, newest, days, due }) => {
    expect(backupReminderDue(last, newest, now, days)).toBe(due);
  });

  test('accepts Dates and defaults to 7 days', () => {
    expect(backupReminderDue(undefined, new Date('2026-03-08T12:00:00.000Z'), now)).toBe(true);
  });
});
