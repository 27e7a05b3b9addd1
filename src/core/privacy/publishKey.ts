import type { Dataset } from '../types';
import { fingerprintGroups } from './fingerprint';
import { normaliseGroups } from './normaliseGroups';
import { normaliseRules, type DisclosureRules, type PresetId } from './rules';

/**
 * Bumped whenever publish() can choose another pattern for the same data (a new audit, new
 * partner choice): tables kept under an older version are then never found again.
 */
export const PUBLISH_ALGORITHM = 'audit-8';

/**
 * Where a published table is kept (issue 16, "done once"): the algorithm's version, the rules
 * actually applied and a fingerprint of everything publish() reads from the dataset. A changed
 * count, label or rule gives another key, so a stale table is never reused.
 */
export function publishKey(dataset: Dataset, rules: DisclosureRules | PresetId): string {
  const { groupMin, cellMin } = normaliseRules(rules);
  return `${PUBLISH_ALGORITHM}|${groupMin}|${cellMin}|${fingerprintGroups(normaliseGroups(dataset))}`;
}
