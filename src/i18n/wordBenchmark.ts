import type { CurrentBenchmark as CurrentBenchmarkView } from '../core/views/benchmarks';
import type { MessageKey } from './catalogue';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A benchmark as shown: the core's view with its label in words. */
export interface WordedBenchmark extends Omit<CurrentBenchmarkView, 'label'> {
  label: string;
}

/**
 * The core's benchmark view in the current language: a composite's label is worded from its
 * parts, headcount and years (a first-screen message, so it is always loaded where shown).
 */
export function wordBenchmark(t: Translate, view: CurrentBenchmarkView): WordedBenchmark {
  const label = view.composite ? t('benchmarks.composite.label', view.composite) : (view.label ?? '');
  return { ...view, label };
}
