import { formatCount, formatPercent, formatPp, type OverviewModel } from '../../core';
import type { Locale } from '../../core/types';
import type { MessageKey } from '../../i18n/translate';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The report's key findings, as sentences a board reads first: every origin category against its
 * benchmark, furthest from the benchmark first; then the categories without a benchmark figure;
 * then the withheld ones, named as withheld (never as 0); last, how many staff the figures cover.
 * Only published (disclosure-controlled) cells reach the model, so nothing here can reveal more.
 */
export function reportFindings(
  t: Translate,
  locale: Locale,
  input: { name: string; model: OverviewModel; labels: Record<string, string> },
): string[] {
  const label = (category: string) => input.labels[category] ?? category;
  const compared = input.model.rows
    .filter((row) => row.share !== null && row.differencePp !== null)
    .sort((a, b) => Math.abs(b.differencePp!) - Math.abs(a.differencePp!))
    .map((row) =>
      t('compare.summary', {
        name: input.name,
        share: formatPercent(row.share, locale),
        category: label(row.category),
        benchmark: formatPercent(row.benchmarkShare, locale),
        diff: `${formatPp(row.differencePp, locale)} ${t('unit.pp')}`,
      }),
    );
  const unmatched = input.model.rows
    .filter((row) => row.share !== null && row.differencePp === null)
    .map((row) => t('report.finding.noBenchmark', { name: input.name, share: formatPercent(row.share, locale), category: label(row.category) }));
  const withheld = input.model.rows
    .filter((row) => row.share === null)
    .map((row) => t('report.finding.withheld', { category: label(row.category) }));
  const total = input.model.total === null ? [] : [t('report.finding.total', { count: formatCount(input.model.total, locale) })];
  return [...compared, ...unmatched, ...withheld, ...total];
}
