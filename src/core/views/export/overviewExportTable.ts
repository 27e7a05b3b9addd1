import type { ExportTable, ExportValue } from '../../export/types';
import type { Locale } from '../../types';
import type { OverviewModel, OverviewRow } from '../overviewModel';

/** The words an overview export needs, in the table's language (the core holds no messages). */
export interface OverviewExportLabels {
  /** The table's title, e.g. the figure's caption. */
  title: string;
  /** Category id -> label, e.g. { nederland: 'Nederland' }. */
  categories: Record<string, string>;
  headers: { category: string; count: string; share: string; benchmark: string; difference: string; index: string };
  /** Label of the closing row with the organisation's headcount. */
  total: string;
}

/**
 * A benchmark measure of one row: absent (an empty cell) when there is no benchmark share to compare
 * with, since nothing is hidden then; null ('.') when it is unknown because the count is suppressed.
 */
function benchmarkMeasures(row: OverviewRow): Record<string, ExportValue> {
  if (row.benchmarkShare === null) return {};
  const measures: Record<string, ExportValue> = { benchmark: row.benchmarkShare, difference: row.differencePp };
  // A benchmark share of 0 has no index (division by zero): not applicable, not suppressed.
  if (row.benchmarkShare !== 0) measures.index = row.index;
  return measures;
}

/**
 * The overview as an exportable table: one row per category with the same published numbers the
 * screen shows (count, share, benchmark share, difference in points, index), then the total.
 * It copies, never computes: every value comes from the view model built from published cells.
 */
export function overviewExportTable(
  model: OverviewModel,
  labels: OverviewExportLabels,
  locale: Locale,
  notes: readonly string[],
): ExportTable {
  const { headers } = labels;
  return {
    title: labels.title,
    locale,
    columns: [
      { id: 'category', label: headers.category, kind: 'text' },
      { id: 'count', label: headers.count, kind: 'count' },
      { id: 'share', label: headers.share, kind: 'share' },
      { id: 'benchmark', label: headers.benchmark, kind: 'share' },
      { id: 'difference', label: headers.difference, kind: 'pp' },
      { id: 'index', label: headers.index, kind: 'index' },
    ],
    rows: [
      ...model.rows.map((row) => ({
        category: labels.categories[row.category] ?? row.category,
        count: row.count,
        share: row.share,
        ...benchmarkMeasures(row),
      })),
      { category: labels.total, count: model.total },
    ],
    notes: [...notes],
  };
}
