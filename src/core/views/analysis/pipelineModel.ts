import { computePipeline, type Pipeline } from '../../analysis/computePipeline';
import type { CellCounts } from '../../analysis/sumGroups';
import { canonicalKey, publishedGroups } from '../../privacy/publishedGroups';
import type { PublishedTable, SuppressionReason } from '../../privacy/types';

export interface PipelineModel extends Pipeline {
  /** Per level (and '' for the organisation): the published counts, null when hidden. */
  counts: Record<string, Record<string, number | null>>;
  /** Per level (and '' for the organisation): why a count or the total ('total') is hidden. */
  reasons: Record<string, Record<string, SuppressionReason>>;
  /** The category whose top ratio is lowest: the one that thins out most towards the top. */
  thinnest: string | null;
}

/**
 * Each category's share per level of `dimension` in the user's order, from published cells only,
 * within `filter` (e.g. the latest year). The organisation row is its own published cell, not a
 * sum of levels, so a hidden level does not hide the whole.
 */
export function pipelineModel(
  table: PublishedTable,
  dimension: string,
  order: readonly string[],
  filter: Record<string, string>,
  categories: readonly string[],
): PipelineModel {
  const filterDims = Object.keys(filter);
  const matches = (key: Record<string, string>) => Object.entries(filter).every(([d, v]) => key[d] === v);
  const byLevel: Record<string, CellCounts> = {};
  const counts: Record<string, Record<string, number | null>> = {};
  const reasons: PipelineModel['reasons'] = {};
  for (const g of publishedGroups(table, [dimension, ...filterDims.filter((d) => d !== dimension)])) {
    if (!matches(g.key)) continue;
    const level = g.key[dimension]!;
    byLevel[level] = { counts: g.values, total: g.total };
    counts[level] = g.values;
    reasons[level] = g.reasons;
  }
  const wanted = canonicalKey(filter);
  const whole = publishedGroups(table, filterDims).find((g) => canonicalKey(g.key) === wanted);
  const overall: CellCounts | undefined = whole ? { counts: whole.values, total: whole.total } : undefined;
  if (whole) {
    counts[''] = whole.values;
    reasons[''] = whole.reasons;
  }
  const pipeline = computePipeline(order, byLevel, categories, overall);
  let thinnest: string | null = null;
  for (const c of categories) {
    const r = pipeline.topRatio[c];
    if (r != null && (thinnest === null || r < pipeline.topRatio[thinnest]!)) thinnest = c;
  }
  return { ...pipeline, counts, reasons, thinnest };
}
