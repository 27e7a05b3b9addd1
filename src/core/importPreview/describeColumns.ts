import type { ColumnRole, SchemeId } from '../types';
import { mapColumns } from '../import/mapColumns';
import type { ColumnView } from './types';

/**
 * The role of every header, as the importer will read it: the user's mapping where given,
 * else the engine's own guess from Dutch/English header synonyms. A category column names
 * its finest id (detail before main) in the preferred scheme when the label fits both.
 */
export function describeColumns(header: string[], mapping: Record<string, ColumnRole> = {}, scheme?: SchemeId): ColumnView[] {
  return mapColumns(header, mapping).map((plan, index) => {
    const chosen = mapping[plan.header] !== undefined;
    if (plan.kind === 'dimension') return { index, header: plan.header, role: { kind: 'dimension', id: plan.id }, chosen };
    if (plan.kind === 'category') {
      const target = (scheme && plan.meaning[scheme]) || plan.meaning.herkomst || plan.meaning.migratieachtergrond;
      return { index, header: plan.header, role: { kind: 'category', id: target?.detail ?? target?.main ?? '' }, chosen };
    }
    return { index, header: plan.header, role: { kind: plan.kind }, chosen };
  });
}
