import type { Dataset } from '../types';
import { applyPattern, decodePattern } from './pattern';
import { normaliseGroups } from './normaliseGroups';
import { publishKey } from './publishKey';
import { normaliseRules, type DisclosureRules, type PresetId } from './rules';
import type { PublishedTable } from './types';

/**
 * The table publish() computed and audited earlier, from its kept pattern: only when `key` is this
 * dataset's and these rules' key now, and the pattern still fits (applyPattern refuses a pattern of
 * the wrong length, other primary suppression, or a sum with one hidden member); else null.
 */
export function publishKept(dataset: Dataset, rules: DisclosureRules | PresetId, kept: { key: string; pattern: string }): PublishedTable | null {
  if (kept.key !== publishKey(dataset, rules)) return null;
  const table = applyPattern(normaliseGroups(dataset), normaliseRules(rules), decodePattern(kept.pattern));
  // Only audited patterns are kept (the publish client saves nothing else).
  return table && { ...table, audit: { ...table.audit!, audited: true } };
}
