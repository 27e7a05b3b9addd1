import type { PersistenceOutcome, StorageEstimateResult } from '../../storage';

/** Which persistence message the settings show; 'none' = not asked yet. */
export type ShownPersistence = PersistenceOutcome | 'none';

/**
 * What to say about persistent storage. The browser's own answer (`persisted()`, read with the
 * estimate) wins: a kept outcome can be stale or come from another browser's backup. Then the kept
 * outcome, then this session's request (Workspace.persisted).
 */
export function shownPersistence(
  kept: PersistenceOutcome | null,
  session: boolean | null,
  estimate: StorageEstimateResult | null,
): ShownPersistence {
  const browser = estimate?.supported ? estimate.persisted : undefined;
  if (browser === true) return 'granted';
  const said = kept ?? (session === null ? null : session ? 'granted' : 'denied');
  if (browser === false && (said === 'granted' || said === 'already')) return 'none';
  return said ?? 'none';
}
