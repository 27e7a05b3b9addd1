import type { Locale } from '../types';

/**
 * What a column holds, which decides how each serialiser writes it:
 * - 'text': a label (unit, level, year, category name); guarded against formula injection;
 * - 'count': a headcount, possibly fractional when derived from percentages × headcount;
 * - 'share': a fraction 0–1 (0.125 = 12.5%);
 * - 'pp': a difference in percentage points (−3.2 = 3.2 points below the benchmark);
 * - 'index': a ratio, share ÷ benchmark share (1 = represented as in the benchmark).
 */
export type ExportColumnKind = 'text' | 'count' | 'share' | 'pp' | 'index';

export interface ExportColumn {
  /** Key of the column's value in each row. */
  id: string;
  /** Header as the reader sees it, in the table's language, without a unit: the serialiser adds '(%)' etc. */
  label: string;
  kind: ExportColumnKind;
}

/** A value as published by the disclosure step: null = suppressed (written as '.'). */
export type ExportValue = string | number | null;

/**
 * One already-published table, the only input of every export serialiser. No value here may
 * bypass `publish()`: serialisers format, they never compute or suppress.
 */
/** A unit word per column kind (the UI's language); '%' needs none. */
export type ExportUnits = Partial<Record<'pp' | 'index', string>>;

export interface ExportTable {
  /** E.g. 'Herkomst per afdeling'; the first line of the Dutch-Excel CSV and of the XLSX sheet. */
  title: string;
  /** Language of the title, labels and notes. */
  locale: Locale;
  /** Words added to the headers of columns of a kind, e.g. pp: 'procentpunt'; worded by src/i18n. */
  units?: ExportUnits;
  columns: ExportColumn[];
  /** Column id -> value. null = suppressed ('.'); an absent id = not applicable (empty cell). */
  rows: Array<Record<string, ExportValue>>;
  /** Source line, provenance, thresholds in force, legend for '.': written below the table. */
  notes: string[];
}

/**
 * 'nl-excel': opens in Dutch Excel by double-click: ';', decimal comma, UTF-8 with BOM, CRLF,
 *   title above and notes below the table, numbers rounded as on screen.
 * 'machine': RFC 4180: ',', decimal point, UTF-8 without BOM, CRLF, only the header and the
 *   rows (one rectangle), numbers unrounded.
 */
export type CsvDialect = 'nl-excel' | 'machine';
