import type { Dataset } from '../types';
import { normaliseGroups } from './normaliseGroups';
import { fingerprintGroups } from './fingerprint';
import { applyPattern, encodePattern, decodePattern, patternOf } from './pattern';
import { publish } from './publish';
import { normaliseRules, type DisclosureRules, type PresetId } from './rules';
import type { PublishedTable } from './types';
import type { LpSolver } from './audit/lpSolver';

/**
 * Suppression patterns computed ahead of time for one dataset (the demo), so that its first paint
 * does not wait for the exact audit. The fingerprint ties them to the data they were computed from:
 * a dataset is served from here only when its own fingerprint is the same, never because of a flag.
 */
export interface PrecomputedPatterns {
  /** fingerprintDataset() of the dataset the patterns belong to. */
  fingerprint: string;
  /** Its headcount: a dataset with another one is told apart without fingerprinting it (~20 ms on 10,000 groups). */
  headcount: number;
  /** One per rule set, with the rules it was computed for (matched by value, not by preset name). */
  patterns: Array<{ rules: DisclosureRules; pattern: string }>;
}

/**
 * A fingerprint of everything publish() reads from a dataset: its normalised finest groups
 * (dimensions, the scheme's categories, labels, whole counts, unknown rest, source flags), so a
 * reordered or duplicated-then-merged copy gets the same one and any change to a count does not.
 * 64 bits of a non-cryptographic hash guard against accidents; a forged collision would only
 * mislead its own author, and publishWithPattern's checks still hold for it.
 */
export function fingerprintDataset(dataset: Dataset): string {
  return fingerprintGroups(normaliseGroups(dataset));
}

/** What `npm run demo:patterns` stores: publish()'s own pattern for each rule set. */
export function precomputePatterns(
  dataset: Dataset,
  rules: ReadonlyArray<DisclosureRules | PresetId>,
  solver: LpSolver,
): PrecomputedPatterns {
  const finest = normaliseGroups(dataset);
  return {
    fingerprint: fingerprintGroups(finest),
    headcount: finest.counts.reduce((n, counts, g) => counts.reduce((m, c) => m + c, n + finest.rest[g]!), 0),
    patterns: rules.map((r) => {
      const table = publish(dataset, r, solver);
      if (!table.audit?.audited) throw new Error('publish() could not protect this dataset under these rules: nothing to store.');
      return { rules: normaliseRules(r), pattern: encodePattern(patternOf(table)) };
    }),
  };
}

/**
 * publish(dataset, rules) from a precomputed pattern when `known` holds one for exactly this
 * dataset and these rules; null otherwise (or when the pattern does not fit), and the caller runs publish().
 */
export function publishPrecomputed(
  dataset: Dataset,
  rules: DisclosureRules | PresetId,
  known: PrecomputedPatterns,
): PublishedTable | null {
  // Each finest group's counts and rest add up to its rounded headcount, so a copy of the dataset
  // has this sum too. Cheap, so checked first; it can only turn a match away, never let one in.
  if (dataset.groups.reduce((n, g) => n + Math.round(g.total), 0) !== known.headcount) return null;
  const finest = normaliseGroups(dataset);
  if (fingerprintGroups(finest) !== known.fingerprint) return null;
  const applied = normaliseRules(rules);
  const entry = known.patterns.find((p) => p.rules.groupMin === applied.groupMin && p.rules.cellMin === applied.cellMin);
  const table = entry ? applyPattern(finest, applied, decodePattern(entry.pattern)) : null;
  // Stored patterns are publish()'s own, audited when stored (precomputePatterns refuses others).
  return table && { ...table, audit: { ...table.audit!, audited: true } };
}
