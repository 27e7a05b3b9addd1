import type { Dataset } from '../types';
import { buildCells } from './buildCells';
import { normaliseGroups, type FinestGroups } from './normaliseGroups';
import { toPublishedCells } from './publish';
import { normaliseRules, type DisclosureRules, type PresetId } from './rules';
import { COMPLEMENTARY, REASONS, suppressPrimary } from './suppressPrimary';
import type { PublishedTable } from './types';

/**
 * A suppression pattern is what publish() decides, cell by cell in cell-id order: a code per cell,
 * 0 = published, otherwise an index into REASONS. The values themselves always come from the
 * dataset, so a pattern can be stored (e.g. precomputed for the demo) without storing any count.
 */
export type SuppressionPattern = Uint8Array;

/** The pattern behind a published table: its cells are in cell-id order, so a reason maps back to its code. */
export function patternOf(table: PublishedTable): SuppressionPattern {
  return Uint8Array.from(table.cells, (cell) => (cell.reason ? REASONS.indexOf(cell.reason) : 0));
}

/** One digit per cell: short enough for a committed module, and diffs show which cell changed. */
export function encodePattern(pattern: SuppressionPattern): string {
  return pattern.join('');
}

/** The inverse of encodePattern; throws on anything that is not a reason code, so a damaged string never publishes. */
export function decodePattern(text: string): SuppressionPattern {
  const pattern = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) - 48;
    if (!(code >= 0 && code < REASONS.length)) throw new Error(`Not a suppression pattern: '${text[i]}' at ${i}.`);
    pattern[i] = code;
  }
  return pattern;
}

/**
 * The table publish(dataset, rules) gives when its suppression step ends in `pattern`, without
 * running that step: the same cell building and toPublishedCells, so the output is identical.
 * Returns null when the pattern cannot be the right one for this dataset and rules — wrong length,
 * a primary suppression that differs from what the rules require here, a code other than primary
 * or complementary, or a sum with exactly one hidden member (it could be recomputed) — and the
 * caller then runs publish(). So even a stale pattern never shows a cell the rules hide, nor a
 * cell one sum gives away; only the exact audit's extra protection rests on the pattern being right.
 */
export function publishWithPattern(
  dataset: Dataset,
  rules: DisclosureRules | PresetId,
  pattern: SuppressionPattern,
): PublishedTable | null {
  return applyPattern(normaliseGroups(dataset), normaliseRules(rules), pattern);
}

/** publishWithPattern from already normalised groups and rules (the precomputed lookup has them). */
export function applyPattern(finest: FinestGroups, rules: DisclosureRules, pattern: SuppressionPattern): PublishedTable | null {
  const cells = buildCells(finest);
  if (pattern.length !== cells.values.length) return null;
  const primary = suppressPrimary(cells, rules);
  for (let c = 0; c < pattern.length; c++) {
    const expected = primary[c] ? pattern[c] === primary[c] : pattern[c] === 0 || pattern[c] === COMPLEMENTARY;
    if (!expected) return null;
  }
  const { relStart, relMembers } = cells;
  for (let r = 0; r + 1 < relStart.length; r++) {
    let hidden = 0;
    for (let i = relStart[r]!; i < relStart[r + 1]!; i++) if (pattern[relMembers[i]!]) hidden++;
    if (hidden === 1) return null;
  }
  let complementary = 0;
  let hiddenByRules = 0;
  for (const code of pattern) {
    if (code === COMPLEMENTARY) complementary++;
    else if (code) hiddenByRules++;
  }
  // Not audited here: only publishPrecomputed vouches for a pattern, one that publish() audited.
  return { rules, cells: toPublishedCells(cells, pattern), audit: { audited: false, primary: hiddenByRules, complementary } };
}
