import type { BenchmarkTableRowView, BenchmarkTableView, CatalogueEntry } from '../core/views/benchmarks';
import type { Locale } from '../core/types';
import type { MessageKey } from './catalogue';
import { wordCellCode, wordDimension } from './wordBenchmarkCell';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
type Labelled = { id: string; label: string };

/** A benchmark table as the browser shows it: titles, dimensions, categories and cells named in `locale`. */
export interface WordedBenchmarkTableView extends Omit<BenchmarkTableView, 'title' | 'dimensions' | 'categories' | 'sectors'> {
  title: string;
  dimensions: Labelled[];
  categories: Labelled[];
  sectors: Labelled[];
  /** Each row's cells named; '' stays '' (a total over that dimension). */
  rows: BenchmarkTableRowView[];
}

/** The core's table view in words (benchmarks screen): sectors keep their SBI letter. */
export function wordBenchmarkTableView(t: Translate, locale: Locale, view: BenchmarkTableView): WordedBenchmarkTableView {
  return {
    ...view,
    title: view.title[locale],
    dimensions: view.dimensions.map((id) => ({ id, label: wordDimension(t, id) })),
    categories: view.categories.map((c) => ({ id: c.id, label: c[locale] })),
    sectors: view.sectors.map((id) => ({ id, label: wordCellCode(t, locale, 'sector', id) })),
    rows: view.rows.map((r) => ({ ...r, cells: r.cells.map((code, i) => (code === '' ? '' : wordCellCode(t, locale, view.dimensions[i] ?? '', code))) })),
  };
}

/** A table in the browser's list: its title and where it comes from ("… — meegeleverd"). */
export function wordCatalogueEntry(t: Translate, locale: Locale, entry: CatalogueEntry): string {
  return t('benchmarks.browser.entry', { title: entry.title[locale], source: t(`benchmarks.browser.source.${entry.source}`) });
}

/** A table's dimensions joined ("sector × regio"); none is the whole country. */
export function wordTableDimensions(t: Translate, dimensions: readonly string[]): string {
  return dimensions.length > 0 ? dimensions.map((d) => wordDimension(t, d)).join(' × ') : t('benchmarks.cell.national');
}
