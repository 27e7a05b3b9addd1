import { PRESETS, type PresetId } from '../core';
import { requestPersistence, type PersistenceOutcome, type Store } from '../storage';

// The settings the app reads or writes on every start (the disclosure preset, the answer to the
// persistence request), apart from the backup and wipe state, which loads only when it is used.

/** Setting keys of the data-safety settings (the backup state reads them too). */
export const SAFETY_KEYS = {
  preset: 'preset',
  lastBackupAt: 'lastBackupAt',
  persistence: 'persistence',
} as const;

/** The saved preset, or null when none (or an unknown one) was saved. */
export async function loadPreset(store: Store): Promise<PresetId | null> {
  const result = await store.loadSetting<string>(SAFETY_KEYS.preset);
  const value = result.ok ? result.value : undefined;
  return typeof value === 'string' && Object.hasOwn(PRESETS, value) ? (value as PresetId) : null;
}

/** Puts the saved disclosure preset back; for Workspace.init after the store opens. */
export async function restorePreset(store: Store, disclosure: { preset: PresetId }): Promise<void> {
  const preset = await loadPreset(store);
  if (preset) disclosure.preset = preset;
}

/**
 * Asks the browser to keep our data (exempt from eviction); call after a save. The outcome is kept
 * as a setting for the settings screen. A refusal is not asked again; a kept grant is checked again
 * (cheaply: requestPersistence asks `persisted()` first), since it may come from another browser's backup.
 */
export async function requestPersistenceOnce(
  store: Store,
  request: () => Promise<PersistenceOutcome> = requestPersistence,
): Promise<PersistenceOutcome | null> {
  if (!store.persistent) return null;
  const earlier = await store.loadSetting<PersistenceOutcome>(SAFETY_KEYS.persistence);
  if (earlier.ok && (earlier.value === 'denied' || earlier.value === 'unsupported')) return earlier.value;
  const outcome = await request();
  // A failed call is not an answer: the next save tries again.
  if (outcome !== 'error') await store.saveSetting(SAFETY_KEYS.persistence, outcome);
  return outcome;
}

/** Shows `preset` now and keeps it for the next visit. */
export async function choosePreset(store: Store | null, disclosure: { preset: PresetId }, preset: PresetId): Promise<void> {
  disclosure.preset = preset;
  await store?.saveSetting(SAFETY_KEYS.preset, preset);
}

