import type { BenchmarkCounts } from '../core/benchmarks';
import type { CurrentBenchmark as CurrentBenchmarkView } from '../core/views/benchmarks';
import type { MessageKey } from './catalogue';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A benchmark as shown: the core's view with its label and what it counts in words. */
export interface WordedBenchmark extends Omit<CurrentBenchmarkView, 'label' | 'counts'> {
  label: string;
  counts?: string;
}

/**
 * Whether a benchmark is real or modelled and what it counts, as one phrase: "echt CBS-cijfer;
 * telt banen van werknemers …". First-screen messages, so loaded wherever a benchmark is shown.
 */
export function wordBenchmarkCounts(t: Translate, counts: BenchmarkCounts): string {
  return t('benchmark.counts', {
    kind: t(`benchmark.counts.kind.${counts.kind}`),
    population: t(`benchmark.counts.population.${counts.population}`),
  });
}

/**
 * The core's benchmark view in the current language: a composite's label is worded from its
 * parts, headcount and years, and what it counts from its kind and population (first-screen
 * messages, so always loaded where shown).
 */
export function wordBenchmark(t: Translate, view: CurrentBenchmarkView): WordedBenchmark {
  const { counts, ...rest } = view;
  const label = view.composite ? t('benchmarks.composite.label', view.composite) : (view.label ?? '');
  return { ...rest, label, ...(counts ? { counts: wordBenchmarkCounts(t, counts) } : {}) };
}
