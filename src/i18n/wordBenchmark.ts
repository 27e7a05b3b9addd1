import type { BenchmarkCounts } from '../core/benchmarks';
import type { CompositeComponentView, CurrentBenchmark as CurrentBenchmarkView } from '../core/views/benchmarks';
import type { Locale } from '../core/types';
import type { MessageKey } from './catalogue';
import { wordBenchmarkCell, wordBenchmarkNote, wordUsedCell } from './wordBenchmarkCell';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A composite's part as shown: the cells it asked for and used, in words. */
export interface WordedComponent extends Omit<CompositeComponentView, 'asked' | 'cell'> {
  /** E.g. "regio Groot Amsterdam". */
  asked: string;
  /** E.g. "sector I Horeca, regio Groot Amsterdam (2024)". */
  cell: string;
}

/** A benchmark as shown: the core's view with its label, what it counts, its notes and its parts in words. */
export interface WordedBenchmark extends Omit<CurrentBenchmarkView, 'cell' | 'counts' | 'notes' | 'components'> {
  label: string;
  counts?: string;
  /** One sentence per note (fallbacks, an unusable composite). */
  notes?: string[];
  components?: WordedComponent[];
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
 * The core's benchmark view in `locale` (t translates into it): a single cell's label is its cell
 * and year, a composite's is worded from its parts, headcount and years; what it counts, its notes
 * and its parts' cells likewise (first-screen messages, so always loaded where shown).
 */
export function wordBenchmark(t: Translate, locale: Locale, view: CurrentBenchmarkView): WordedBenchmark {
  const { cell, counts, notes, components, ...rest } = view;
  const label = view.composite ? t('benchmarks.composite.label', view.composite) : cell ? wordUsedCell(t, locale, cell) : '';
  return {
    ...rest,
    label,
    ...(counts ? { counts: wordBenchmarkCounts(t, counts) } : {}),
    ...(notes ? { notes: notes.map((n) => wordBenchmarkNote(t, locale, n)) } : {}),
    ...(components
      ? { components: components.map((c) => ({ ...c, asked: wordBenchmarkCell(t, locale, c.asked), cell: wordUsedCell(t, locale, c.cell) })) }
      : {}),
  };
}
