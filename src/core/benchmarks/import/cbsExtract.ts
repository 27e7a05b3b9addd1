import type { Issue } from '../../types';

/** A dimension or topic column of a CBS table, as the source names it. */
export interface CbsColumn {
  /** The source's key (OData `Key`/`Identifier`) or, for CSV, the header text. */
  id: string;
  title: string;
  /** Unit as written, e.g. 'x 1 000' or '%'. */
  unit?: string;
}

/** One value of a dimension: the code (OData key) when there is one, and the label. */
export interface CbsDimensionValue {
  code?: string;
  label: string;
}

/** One cell: a topic's value at one combination of dimension values; null = secret or missing ('.', 'x'). */
export interface CbsCell {
  dims: CbsDimensionValue[];
  topic: number;
  value: number | null;
}

/**
 * What every reader (StatLine CSV, OData v3/v4 JSON, the generic template) produces: the table's
 * columns and its cells in long form. The mapping step turns this into benchmark tables.
 */
export interface CbsExtract {
  format: 'statline-csv' | 'odata-v3' | 'odata-v4' | 'template';
  tableId?: string;
  title?: string;
  /** Free text found around the data (StatLine header and footer lines: source, date). */
  notes?: string[];
  dimensions: CbsColumn[];
  topics: CbsColumn[];
  cells: CbsCell[];
  issues: Issue[];
}

/** Finds a CBS table id such as 85477NED in text. */
export function findTableId(text: string): string | undefined {
  return /\b(\d{5}(?:NED|ENG))\b/i.exec(text)?.[1]?.toUpperCase();
}
