import { getContext, setContext } from 'svelte';
import { sanitiseFileName } from '../core';
import { SAFETY_KEYS } from './storedChoices';
import {
  backupReminderDue,
  estimateStorage,
  type BackupProblem,
  type PersistenceOutcome,
  type StorageErrorCode,
  type StorageEstimateResult,
  type Store,
  type VerifiedBackup,
} from '../storage';
import { version as APP_VERSION } from '../../package.json';

/** Backup and restore code, loaded when first used (it is not needed to show anything). */
const backups = () => import('../storage/backups');

/** Days without a backup after the newest save before the reminder shows (Safari evicts after 7). */
export const REMINDER_DAYS = 7;

/** The backup's download name for a moment, e.g. 'barometer-backup-2026-11-29.json'. */
export function backupFileName(now: Date): string {
  return sanitiseFileName(`barometer-backup-${now.toISOString().slice(0, 10)}.json`);
}

export type BackupStatus =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'done'; fileName: string; encrypted: boolean }
  | { state: 'failed'; code: StorageErrorCode };

export type RestoreStatus =
  | { state: 'idle' }
  | { state: 'reading'; fileName: string }
  | { state: 'passphrase'; fileName: string; text: string; wrong: boolean }
  | { state: 'preview'; fileName: string; backup: VerifiedBackup }
  | { state: 'rejected'; fileName: string; problems: BackupProblem[] }
  | { state: 'writing'; fileName: string }
  | { state: 'failed'; fileName: string; code: StorageErrorCode };

export type WipeStatus = { state: 'idle' } | { state: 'confirm' } | { state: 'working' } | { state: 'failed'; code: StorageErrorCode };

/** What the safety state needs from its surroundings; tests replace each. */
export interface SafetyEnvironment {
  /** Offers `text` as a file download. */
  download: (fileName: string, text: string) => void;
  /** Brings the app back to what the store now holds (after a restore or a wipe). */
  reload: () => void;
  now: () => Date;
  estimate: () => Promise<StorageEstimateResult>;
  appVersion: string;
}

const BROWSER: Omit<SafetyEnvironment, 'download'> = {
  reload: () => location.reload(),
  now: () => new Date(),
  estimate: () => estimateStorage(),
  appVersion: APP_VERSION,
};

/**
 * Backup, restore and wipe as flows with visible steps, plus what the settings show about storage:
 * the persistence outcome, usage and quota, and whether a backup is overdue.
 */
export class SafetyState {
  readonly #store: () => Store | null;
  readonly #env: SafetyEnvironment;
  backup = $state.raw<BackupStatus>({ state: 'idle' });
  restore = $state.raw<RestoreStatus>({ state: 'idle' });
  wipe = $state.raw<WipeStatus>({ state: 'idle' });
  estimate = $state.raw<StorageEstimateResult | null>(null);
  persistence = $state<PersistenceOutcome | null>(null);
  lastBackupAt = $state<string | null>(null);

  constructor(store: () => Store | null, env: Partial<SafetyEnvironment> & Pick<SafetyEnvironment, 'download'>) {
    this.#store = store;
    this.#env = { ...BROWSER, ...env };
  }

  /** True when the newest save has gone REMINDER_DAYS without a backup. */
  reminderDue(newestSaveAt: string | undefined): boolean {
    return backupReminderDue(this.lastBackupAt ?? undefined, newestSaveAt, this.#env.now(), REMINDER_DAYS);
  }

  /** Reads what the settings show: estimate, persistence outcome, last backup. */
  async load(): Promise<void> {
    this.estimate = await this.#env.estimate();
    const store = this.#store();
    if (!store) return;
    const [persistence, last] = await Promise.all([
      store.loadSetting<PersistenceOutcome>(SAFETY_KEYS.persistence),
      store.loadSetting<string>(SAFETY_KEYS.lastBackupAt),
    ]);
    this.persistence = persistence.ok ? (persistence.value ?? null) : null;
    this.lastBackupAt = last.ok && typeof last.value === 'string' ? last.value : null;
  }

  /** Writes every dataset, the profile, imported benchmarks and settings to one file. */
  async makeBackup(passphrase: string): Promise<void> {
    const store = this.#store();
    if (!store) return;
    this.backup = { state: 'working' };
    const now = this.#env.now();
    const { createBackup } = await backups();
    const file = await createBackup(store, { appVersion: this.#env.appVersion, passphrase, now });
    if (!file.ok) {
      this.backup = { state: 'failed', code: file.error.code };
      return;
    }
    const fileName = backupFileName(now);
    this.#env.download(fileName, file.value);
    this.lastBackupAt = now.toISOString();
    await store.saveSetting(SAFETY_KEYS.lastBackupAt, this.lastBackupAt);
    this.backup = { state: 'done', fileName, encrypted: passphrase !== '' };
  }

  /** Checks a chosen file; ends in a preview, a passphrase question or the reasons it was refused. */
  async chooseRestoreFile(file: File): Promise<void> {
    this.restore = { state: 'reading', fileName: file.name };
    await this.#check(file.name, await file.text(), undefined);
  }

  async submitPassphrase(passphrase: string): Promise<void> {
    if (this.restore.state !== 'passphrase') return;
    const { fileName, text } = this.restore;
    this.restore = { state: 'reading', fileName };
    await this.#check(fileName, text, passphrase);
  }

  /** Writes the previewed backup in one transaction, then reloads the app from the store. */
  async confirmRestore(): Promise<void> {
    const store = this.#store();
    if (!store || this.restore.state !== 'preview') return;
    const { fileName, backup } = this.restore;
    this.restore = { state: 'writing', fileName };
    const { restoreBackup } = await backups();
    const written = await restoreBackup(store, backup);
    if (!written.ok) {
      this.restore = { state: 'failed', fileName, code: written.error.code };
      return;
    }
    // What was restored is exactly what the backup holds, so that backup is the last one.
    await store.saveSetting(SAFETY_KEYS.lastBackupAt, backup.header.createdAt);
    this.#env.reload();
  }

  cancelRestore(): void {
    this.restore = { state: 'idle' };
  }

  askWipe(): void {
    this.wipe = { state: 'confirm' };
  }

  cancelWipe(): void {
    this.wipe = { state: 'idle' };
  }

  /** Removes everything (other tabs are told by the store), then starts the app afresh. */
  async confirmWipe(): Promise<void> {
    const store = this.#store();
    if (!store || this.wipe.state !== 'confirm') return;
    this.wipe = { state: 'working' };
    const wiped = await store.wipe();
    if (!wiped.ok) {
      this.wipe = { state: 'failed', code: wiped.error.code };
      return;
    }
    this.#env.reload();
  }

  async #check(fileName: string, text: string, passphrase: string | undefined): Promise<void> {
    const store = this.#store();
    if (!store) return;
    const { readBackup } = await backups();
    const result = await readBackup(text, { store, ...(passphrase === undefined ? {} : { passphrase }) });
    if (result.ok) {
      this.restore = { state: 'preview', fileName, backup: result.backup };
      return;
    }
    const code = result.problems[0]?.code;
    if (code === 'passphrase-required' || code === 'wrong-passphrase') {
      this.restore = { state: 'passphrase', fileName, text, wrong: code === 'wrong-passphrase' };
      return;
    }
    this.restore = { state: 'rejected', fileName, problems: result.problems };
  }
}

const KEY = Symbol('safety');

/** The safety state of the nearest ancestor, or a new one for this subtree when there is none. */
export function provideSafety(
  store: () => Store | null,
  env: Partial<SafetyEnvironment> & Pick<SafetyEnvironment, 'download'>,
): SafetyState {
  return getContext<SafetyState | undefined>(KEY) ?? setContext(KEY, new SafetyState(store, env));
}
