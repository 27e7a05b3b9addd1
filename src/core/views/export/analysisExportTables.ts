import type { ExportTable, ExportValue } from '../../export/types';
import type { Locale } from '../../types';
import type { GroupRow } from '../analysis/groupsModel';
import type { PipelineModel } from '../analysis/pipelineModel';
import type { TargetsModel } from '../analysis/targetsModel';
import type { TrendSeries } from '../analysis/trendsModel';

/**
 * The words an analysis export needs, in the table's language (the core holds no messages):
 * the title, category id -> label, a header per column id, and the organisation's row label.
 */
export interface AnalysisExportLabels {
  title: string;
  categories: Record<string, string>;
  headers: Record<string, string>;
  organisation: string;
}

const frame = (labels: AnalysisExportLabels, locale: Locale, columns: ExportTable['columns'], rows: ExportTable['rows']): ExportTable => ({
  title: labels.title,
  locale,
  columns,
  rows,
  // The figure adds its notes (source, benchmark, thresholds): the same for every view.
  notes: [],
});
const header = (labels: AnalysisExportLabels, id: string) => labels.headers[id] ?? id;
const categoryColumns = (labels: AnalysisExportLabels, categories: readonly string[]): ExportTable['columns'] =>
  categories.map((c) => ({ id: c, label: labels.categories[c] ?? c, kind: 'share' }));

/**
 * The groups view as a table: one row per group × origin with the measures the screen shows. Every
 * value is copied from rows built from published cells: a hidden count stays null ('.').
 */
export function groupsExportTable(rows: readonly GroupRow[], labels: AnalysisExportLabels, locale: Locale): ExportTable {
  const ids = ['group', 'category', 'total', 'count', 'share', 'benchmark', 'difference', 'index', 'gap'] as const;
  const kinds = { group: 'text', category: 'text', total: 'count', count: 'count', share: 'share', benchmark: 'share', difference: 'pp', index: 'index', gap: 'count' } as const;
  return frame(
    labels,
    locale,
    ids.map((id) => ({ id, label: header(labels, id), kind: kinds[id] })),
    rows.map((r) => {
      const row: Record<string, ExportValue> = {
        group: r.group || labels.organisation,
        category: labels.categories[r.category] ?? r.category,
        total: r.total,
        count: r.count,
        share: r.share,
      };
      // Without a benchmark share nothing is hidden, the measures do not apply: empty cells.
      if (r.benchmarkShare !== null) {
        Object.assign(row, { benchmark: r.benchmarkShare, difference: r.differencePp, gap: r.gap });
        if (r.benchmarkShare !== 0) row.index = r.index;
      }
      return row;
    }),
  );
}

/** The pipeline as a table: per level (in the user's order) and for the organisation, the total and each origin's share. */
export function pipelineExportTable(model: PipelineModel, categories: readonly string[], labels: AnalysisExportLabels, locale: Locale): ExportTable {
  const row = (level: string, total: number | null, shares: Record<string, number | null>): Record<string, ExportValue> => ({
    level,
    total,
    ...Object.fromEntries(categories.map((c) => [c, shares[c] ?? null])),
  });
  return frame(
    labels,
    locale,
    [{ id: 'level', label: header(labels, 'level'), kind: 'text' }, { id: 'total', label: header(labels, 'total'), kind: 'count' }, ...categoryColumns(labels, categories)],
    [...model.levels.map((l) => row(l.level, l.total, l.shares)), row(labels.organisation, model.overall.total, model.overall.shares)],
  );
}

/** One trend series as a table: per year the total and each origin's share. */
export function trendsExportTable(series: TrendSeries, categories: readonly string[], labels: AnalysisExportLabels, locale: Locale): ExportTable {
  return frame(
    labels,
    locale,
    [{ id: 'year', label: header(labels, 'year'), kind: 'text' }, { id: 'total', label: header(labels, 'total'), kind: 'count' }, ...categoryColumns(labels, categories)],
    series.points.map((p) => ({ year: p.year, total: p.total, ...Object.fromEntries(categories.map((c) => [c, p.shares[c] ?? null])) })),
  );
}

/**
 * The targets as a table: per origin the share now, the target, the progress, the shortfall in
 * persons and the yearly intake share needed. An origin without a target has empty cells after
 * its share (nothing hidden, nothing to say); an unknown projection (hidden count) gives '.'.
 */
export function targetsExportTable(model: TargetsModel, labels: AnalysisExportLabels, locale: Locale): ExportTable {
  const ids = ['category', 'share', 'target', 'progress', 'gap', 'intake'] as const;
  const kinds = { category: 'text', share: 'share', target: 'share', progress: 'share', gap: 'count', intake: 'share' } as const;
  return frame(
    labels,
    locale,
    ids.map((id) => ({ id, label: header(labels, id), kind: kinds[id] })),
    model.rows.map((r) => {
      const row: Record<string, ExportValue> = { category: labels.categories[r.category] ?? r.category, share: r.share };
      if (r.target !== null) row.target = r.target;
      const p = r.projection;
      if (p) {
        Object.assign(row, { progress: p.progress, gap: p.gap });
        // A reached target needs no intake: not applicable, so an empty cell.
        if (p.status !== 'reached') row.intake = p.requiredIntakeShare;
      }
      return row;
    }),
  );
}
