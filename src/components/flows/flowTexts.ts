import { formatIndex, formatPercent, largestIntakeShift, rateFinding, type FlowMeasure, type FlowsPeriodModel, type FlowExportLabels } from '../../core';
import type { Locale } from '../../core/types';
import type { MessageKey } from '../../i18n/translate';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A measure's name: 'Doorgang gesprek → aanbod', 'Doorstroom 1 → 2', 'Uitstroom'. */
export function measureLabel(t: Translate, m: FlowMeasure): string {
  return t(`flows.rates.${m.kind}`, { from: m.from, to: m.to });
}

/** The funnel's one sentence: where an origin's share falls most (the core's finding, worded). */
export function funnelSummary(t: Translate, locale: Locale, model: FlowsPeriodModel, labels: Record<string, string>): string {
  const drop = model.drop;
  if (!drop) return t('flows.funnel.summaryNone');
  const { category, previousStage, stage, fromShare, toShare } = drop.params;
  return t('flows.funnel-drop', { category: labels[category] ?? category, previousStage, stage, fromShare: formatPercent(fromShare, locale), toShare: formatPercent(toShare, locale) });
}

/** A rate figure's sentence, from rateFinding. */
export function ratesSummary(t: Translate, locale: Locale, m: FlowMeasure, labels: Record<string, string>): string {
  const f = rateFinding(m);
  const reference = labels[m.rates.reference] ?? m.rates.reference;
  if (f.code === 'none') return t('flows.rates.summaryNone');
  const refRate = formatPercent(f.referenceRate, locale);
  if (f.code === 'above') return t('flows.rates.summaryAbove', { reference, refRate });
  const params = { category: labels[f.category] ?? f.category, rate: formatPercent(f.rate, locale), ratio: formatIndex(f.ratio, locale), reference, refRate };
  return t(f.code === 'below' ? 'flows.rates.summaryBelow' : 'flows.rates.summaryLeavers', params);
}

/**
 * The intake figure's sentences: the origin whose share of hires differs most from the stock's,
 * then the one that differs most from the benchmark's.
 */
export function intakeSummary(t: Translate, locale: Locale, model: FlowsPeriodModel, labels: Record<string, string>): string {
  const name = (c: string) => labels[c] ?? c;
  const r = largestIntakeShift(model.intake);
  const b = largestIntakeShift(model.intake, 'vsBenchmarkPp');
  const stock = r && model.startPeriod
    ? t('flows.intake.summary', { category: name(r.category), hireShare: formatPercent(r.hireShare, locale), stockShare: formatPercent(r.stockShare, locale), start: model.startPeriod })
    : '';
  const bench = b ? t('flows.intake.summaryBenchmark', { category: name(b.category), hireShare: formatPercent(b.hireShare, locale), benchmarkShare: formatPercent(b.benchmarkShare, locale) }) : '';
  return [stock, bench].filter(Boolean).join(' ') || t('flows.intake.summaryNone');
}

/** The words every flow export needs. */
export function exportLabels(t: Translate, title: string, categories: Record<string, string>): FlowExportLabels {
  const ids = ['stage', 'total', 'events', 'base', 'rate', 'low', 'high', 'ratio', 'fourFifths', 'p'] as const;
  const headers: Record<string, string> = Object.fromEntries(ids.map((id) => [id, t(`flows.col.${id}`)]));
  Object.assign(headers, { category: t('flows.col.origin'), hires: t('flows.intake.hires'), hireShare: t('flows.intake.hires'), stockShare: t('flows.intake.stock', { start: '' }).trim(), vsStockPp: t('flows.intake.difference') });
  Object.assign(headers, { benchmarkShare: t('flows.intake.benchmark'), vsBenchmarkPp: t('flows.intake.vsBenchmark') });
  return { title, categories, headers, yes: t('flows.yes'), no: t('flows.no') };
}
