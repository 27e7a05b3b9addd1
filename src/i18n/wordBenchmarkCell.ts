import { BENCHMARK_DIMENSIONS, type BenchmarkDimension } from '../core/benchmarks/lookupBenchmark';
import { cellParts, codeNames, type BenchmarkCellKey, type BenchmarkNote, type UsedCell } from '../core/views/benchmarks';
import type { Locale } from '../core/types';
import type { MessageKey } from './catalogue';
import { wordBenchmarkIssue } from './wordIssue';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const isDimension = (id: string): id is BenchmarkDimension => (BENCHMARK_DIMENSIONS as readonly string[]).includes(id);

/** The name of a dimension, e.g. 'sizeClass' -> "bedrijfsgrootte"; an unknown one stays its id. First-screen messages. */
export function wordDimension(t: Translate, dimension: string): string {
  return isDimension(dimension) ? t(`benchmarks.dimension.${dimension}`) : dimension;
}

/** The name of a benchmark code: its reference name, the region NL as the whole country, else the code as it is. */
export function wordCode(t: Translate, locale: Locale, dimension: string, code: string): string {
  const names = codeNames(dimension, code);
  if (names) return names[locale];
  return dimension === 'region' && code === 'NL' ? t('benchmarks.cell.national') : code;
}

/** A code as a cell shows it: sectors keep their SBI letter, by which HR staff know them ("I Horeca"). */
export function wordCellCode(t: Translate, locale: Locale, dimension: string, code: string): string {
  const name = wordCode(t, locale, dimension, code);
  return dimension === 'sector' && name !== code ? `${code} ${name}` : name;
}

/** A benchmark cell in words: "sector I Horeca, regio Groot Amsterdam"; the empty key is the whole country. */
export function wordBenchmarkCell(t: Translate, locale: Locale, key: BenchmarkCellKey): string {
  const parts = cellParts(key).map(({ dimension, code }) =>
    t('benchmarks.cell.part', { dimension: wordDimension(t, dimension), name: wordCellCode(t, locale, dimension, code) }),
  );
  return parts.length > 0 ? parts.join(', ') : t('benchmarks.cell.national');
}

/** A cell used, with its table's year: "sector I Horeca (2024)". */
export function wordUsedCell(t: Translate, locale: Locale, cell: UsedCell): string {
  return t('benchmarks.cell.year', { cell: wordBenchmarkCell(t, locale, cell.key), year: cell.year });
}

/** The sentence of a benchmark's note; a cell fallback names the cell asked for and the one used. */
export function wordBenchmarkNote(t: Translate, locale: Locale, note: BenchmarkNote): string {
  if (!note.cells) return wordBenchmarkIssue(t, note);
  const { requested, used } = note.cells;
  return wordBenchmarkIssue(t, { ...note, params: { ...note.params, requested: wordBenchmarkCell(t, locale, requested), used: wordBenchmarkCell(t, locale, used) } });
}
