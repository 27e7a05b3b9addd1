import type { Issue, SchemeId } from '../types';
import { findLabel, labelSchemes, type LabelMeaning, type LabelTarget } from '../classification/labels';
import { makeIssue } from './makeIssue';

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
 * Picks the scheme from the labels. The main categories decide first (Nederland, Europa, Buiten
 * Europa or the three of migratieachtergrond): a file's detail (Indonesië, Turkije, 'Overig')
 * follows them. Without main categories, labels of one scheme only decide. A label that does not
 * belong to the chosen scheme is a 'mixed-schemes' error at its own row and column: the two
 * schemes cannot be converted into each other.
 */
export function resolveScheme(seen: SeenCategory[], forced?: SchemeId): Resolution {
  const issues: Issue[] = [];
  const meanings = seen.map((s) => {
    const meaning = s.meaning ?? findLabel(s.raw);
    if (!meaning) issues.push(makeIssue('unknown-category', { row: s.row, column: s.column }, { value: s.raw }));
    return meaning;
  });
  const scheme = forced ?? decide(meanings);
  const targets = new Map<number, LabelTarget>();
  seen.forEach((s, i) => {
    const meaning = meanings[i];
    if (!meaning) return;
    const target = meaning[scheme];
    if (target) targets.set(s.key, target);
    else if (forced) issues.push(makeIssue('unknown-category', { row: s.row, column: s.column }, { value: s.raw }));
    else {
      const other = labelSchemes(meaning)[0]!;
      issues.push(makeIssue('mixed-schemes', { row: s.row, column: s.column }, { value: s.raw, scheme, other }));
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, scheme, targets };
}

/** The scheme with the most main labels (the first main label's on a tie); else the most scheme-only labels. */
function decide(meanings: Array<LabelMeaning | undefined>): SchemeId {
  const votes = (main: boolean) => {
    const n = { herkomst: 0, migratieachtergrond: 0 } as Record<SchemeId, number>;
    let first: SchemeId | undefined;
    for (const m of meanings) {
      if (!m) continue;
      const schemes = labelSchemes(m);
      if (schemes.length !== 1) continue;
      const target = m[schemes[0]!]!;
      if (main !== (target.detail === undefined)) continue;
      n[schemes[0]!]++;
      first ??= schemes[0];
    }
    return { n, first };
  };
  for (const main of [true, false]) {
    const { n, first } = votes(main);
    if (n.herkomst === n.migratieachtergrond && first) return first;
    if (n.herkomst !== n.migratieachtergrond) return n.herkomst > n.migratieachtergrond ? 'herkomst' : 'migratieachtergrond';
  }
  return 'herkomst';
}
