import { formatPercent, formatPp, largestDifference, type OverviewModel } from '../../core';
import type { Locale } from '../../core/types';
import type { MessageKey } from '../../i18n/translate';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The overview figure's caption and one-sentence summary, worded as ComparisonView words them
 * (the sentence names the category furthest from its benchmark), for the screens that show the
 * figure without ComparisonView around it (the embed view).
 */
export function overviewTexts(
  t: Translate,
  locale: Locale,
  input: { name: string; model: OverviewModel; labels: Record<string, string>; benchmarkLabel: string | null },
): { caption: string; summary: string } {
  const period = Object.values(input.model.key)[0] ?? '';
  const caption = t(period ? 'compare.caption' : 'compare.captionAll', { year: period, benchmark: input.benchmarkLabel ?? '…' });
  const row = largestDifference(input.model);
  const summary = row
    ? t('compare.summary', {
        name: input.name,
        share: formatPercent(row.share, locale),
        category: input.labels[row.category] ?? row.category,
        benchmark: formatPercent(row.benchmarkShare, locale),
        diff: `${formatPp(row.differencePp, locale)} ${t('unit.pp')}`,
      })
    : t('compare.summaryNone');
  return { caption, summary };
}
