import type { SchemeId } from '../types';
import { findLabel, labelSchemes } from '../classification/labels';
import { resolveScheme, type SeenCategory } from '../import/resolveScheme';
import { flowIssue, type FlowIssue } from './flowIssue';

/** The origin categories a flow file names, with the ids they count under. */
export type FlowOrigins = { ok: true; scheme: SchemeId; categoryOf: Map<number, string> } | { ok: false; issues: FlowIssue[] };

/**
 * Maps the origins of a flow file to one scheme's main categories exactly as the stock import
 * does (resolveScheme: both CBS schemes, their Dutch and English spellings, no mixing). A finer
 * category (Turkije, Azië) counts under its main category. resolveScheme's issues become the flow
 * import's own codes, with params taken from the category they are about.
 */
export function flowOrigins(seen: SeenCategory[], forced?: SchemeId): FlowOrigins {
  const resolved = resolveScheme(seen, forced);
  if (resolved.ok) {
    const categoryOf = new Map<number, string>();
    for (const [key, target] of resolved.targets) categoryOf.set(key, target.main);
    return { ok: true, scheme: resolved.scheme, categoryOf };
  }
  const issues = resolved.issues.map((issue) => {
    const s = seen.find((x) => x.row === issue.row && x.column === issue.column)!;
    const at = { row: s.row, column: s.column };
    if (issue.code !== 'mixed-schemes') return flowIssue('unknown-category', at, { value: s.raw });
    const other = labelSchemes(s.meaning ?? findLabel(s.raw)!)[0]!;
    const scheme: SchemeId = other === 'herkomst' ? 'migratieachtergrond' : 'herkomst';
    return flowIssue('mixed-schemes', at, { value: s.raw, scheme, other });
  });
  return { ok: false, issues };
}
