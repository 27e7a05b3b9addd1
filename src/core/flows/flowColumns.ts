import type { LabelMeaning } from '../classification/labels';
import { normaliseLabel } from '../classification/normaliseLabel';
import { mapColumns } from '../import/mapColumns';
import { FLOW_HEADERS as ROLES } from './flowHeaders';

/** The role of each column of a flow file, by index into the header. */
export interface FlowColumns {
  period?: number;
  kind?: number;
  stage?: number;
  order?: number;
  fromLevel?: number;
  toLevel?: number;
  origin?: number;
  count?: number;
  /** Wide shape: one column per origin category. */
  categories: Array<{ index: number; meaning: LabelMeaning }>;
  /** The group's columns (Afdeling, …), in header order. */
  groups: number[];
  /** Headers that identify a person: the file is refused, as the stock import refuses it. */
  persons: number[];
}

/**
 * Gives each header of a flow file its role: the flow's own columns by name, origin, count,
 * category and person columns as the stock import recognises them (mapColumns), the rest
 * group columns. A 'Totaal' column is ignored: flows are checked against stocks, not totals.
 */
export function flowColumns(header: readonly string[]): FlowColumns {
  const plans = mapColumns([...header]);
  const columns: FlowColumns = { categories: [], groups: [], persons: [] };
  header.forEach((h, index) => {
    const norm = normaliseLabel(h);
    const role = (Object.keys(ROLES) as Array<keyof typeof ROLES>).find((r) => ROLES[r].includes(norm));
    if (role) {
      columns[role] ??= index;
      return;
    }
    const plan = plans[index]!;
    if (plan.kind === 'person') columns.persons.push(index);
    else if (plan.kind === 'origin') columns.origin ??= index;
    else if (plan.kind === 'count') columns.count ??= index;
    else if (plan.kind === 'category') columns.categories.push({ index, meaning: plan.meaning });
    else if (plan.kind === 'dimension') columns.groups.push(index);
  });
  return columns;
}
