import type { Issue, Locale, SchemeId } from '../types';
import { findLabel, labelSchemes, type LabelMeaning, type LabelTarget } from '../classification/labels';
import { makeIssue } from './messages';

/** A category as it appears in the file: a label (long) or a header (wide). */
export interface SeenCategory {
  /** The accumulator's number for it. */
  key: number;
  raw: string;
  row: number;
  column: string;
  /** Already known for a wide table's headers. */
  meaning?: LabelMeaning;
}

export type Resolution =
  | { ok: true; scheme: SchemeId; targets: Map<number, LabelTarget> }
  | { ok: false; issues: Issue[] };

/**
 * Picks the scheme from the labels: labels of one scheme only decide it; labels shared by
 * both (Turkije, Marokko, Suriname) follow the rest. Labels of both schemes is an error that
 * names them, because the two cannot be converted into each other.
 */
export function resolveScheme(seen: SeenCategory[], locale: Locale, forced?: SchemeId): Resolution {
  const issues: Issue[] = [];
  const herkomst: string[] = [];
  const legacy: string[] = [];
  const meanings = seen.map((s) => {
    const meaning = s.meaning ?? findLabel(s.raw);
    if (!meaning) issues.push(makeIssue('unknown-category', locale, { row: s.row, column: s.column }, { value: s.raw }));
    else {
      const schemes = labelSchemes(meaning);
      if (schemes.length === 1) (schemes[0] === 'herkomst' ? herkomst : legacy).push(s.raw);
    }
    return meaning;
  });
  if (herkomst.length > 0 && legacy.length > 0 && !forced) {
    const quote = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
    issues.push(makeIssue('mixed-schemes', locale, {}, { herkomst: quote(herkomst), legacy: quote(legacy) }));
  }
  const scheme: SchemeId = forced ?? (legacy.length > herkomst.length ? 'migratieachtergrond' : 'herkomst');
  const targets = new Map<number, LabelTarget>();
  seen.forEach((s, i) => {
    const meaning = meanings[i];
    if (!meaning) return;
    const target = meaning[scheme];
    if (target) targets.set(s.key, target);
    else if (forced || !issues.some((x) => x.code === 'mixed-schemes')) {
      issues.push(makeIssue('unknown-category', locale, { row: s.row, column: s.column }, { value: s.raw }));
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, scheme, targets };
}
