import type { FlowSet } from './flows/types';
/** The two CBS origin classifications. They cannot be converted into each other exactly. */
export type SchemeId = 'herkomst' | 'migratieachtergrond';

/** The languages of every visible string and message. Dutch is the default. */
export type Locale = 'nl' | 'en';

/** Values an issue's sentence mentions: numbers and text as found in the file, or ids. */
export type IssueParams = Record<string, string | number>;

/**
 * One problem found in the user's input: data, never an exception. Core words nothing: the UI
 * words the code with its params, row, column and sheet through src/i18n (wordIssue.ts).
 */
export interface Issue<Code extends string = string> {
  severity: 'error' | 'warning';
  /** Stable machine code, e.g. 'negative-count'; each area types its own (see ImportIssueCode). */
  code: Code;
  /** The values the sentence mentions (e.g. { value: '-3' }); absent when it mentions none. */
  params?: IssueParams;
  /** 1-based line as a spreadsheet numbers it: the header is row 1. */
  row?: number;
  /** The column's header as written in the file. */
  column?: string;
  /** The workbook sheet the row is on (XLSX only). */
  sheet?: string;
}

/** One group of staff (a unit, level, year, … or a combination) with its counts per category. */
export interface Group {
  /** Dimension id -> label as written in the file (trimmed). */
  key: Record<string, string>;
  /** Headcount of the group. */
  total: number;
  /** The scheme's three main category ids -> count; from percentages: headcount × share, unrounded. */
  counts: Record<string, number>;
  /** Finer categories when the input had them (detail id -> count). */
  detail?: Record<string, number>;
  /** Categories marked suppressed at the source ('.', 'x', '-', '<5'): unknown, never zero. */
  suppressed?: string[];
}

/** Where a dataset came from, as the user states it on saving (DOMAIN.md §5). */
export type Provenance = 'cbs-barometer' | 'survey' | 'registration' | 'other' | 'demo';

/** What the importer detected, shown to the user with a control to override each. */
export interface DetectedFormat {
  encoding: string;
  delimiter: string;
  decimal: ',' | '.';
  thousands?: string;
  shape: 'long' | 'wide' | 'percentages';
  lineEnding?: 'crlf' | 'lf' | 'cr';
}

/** Descriptive metadata; none of it is needed for the statistics. */
export interface DatasetMeta {
  name?: string;
  provenance?: Provenance;
  /** Reference year or date, as the user gives it. */
  reference?: string;
  notes?: string;
  /** The file name the data came from (data, never markup). */
  fileName?: string;
  format?: DetectedFormat;
  /** True when counts were derived from percentages × headcount (no significance tests then). */
  fromPercentages?: boolean;
  /** The workbook sheet the table was read from (XLSX). */
  sheet?: string;
  /** What the importer assumed and the user should know, e.g. blanks in a pivot table read as 0 (worded by the UI). */
  importNotes?: Issue[];
}

/** An organisation's staff aggregates in one origin scheme: the canonical shape after import. */
export interface Dataset {
  scheme: SchemeId;
  /** Ids of the grouping columns, e.g. ['jaar', 'afdeling']. */
  dimensions: string[];
  /** Dimension id -> header as written in the file, for display. */
  dimensionLabels?: Record<string, string>;
  groups: Group[];
  meta?: DatasetMeta;
  /** Hires, promotions, leavers and the recruitment funnel of the same organisation (issue #18). */
  flows?: FlowSet;
}

/** Overrides for what the importer would otherwise detect. */
export interface ImportOptions {
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  delimiter?: ';' | ',' | '\t' | '|';
  decimal?: ',' | '.';
  thousands?: '.' | ',' | ' ' | '';
  shape?: DetectedFormat['shape'];
  scheme?: SchemeId;
  /** Column header (as written) -> role; unmapped headers are auto-mapped. */
  mapping?: Record<string, ColumnRole>;
}

/** What a column means to the importer. */
export type ColumnRole =
  | { kind: 'dimension'; id: string }
  | { kind: 'category'; id: string }
  | { kind: 'count' }
  | { kind: 'origin' }
  | { kind: 'total' }
  | { kind: 'ignore' };

export type ImportResult =
  | { ok: true; dataset: Dataset; issues: Issue[] }
  | { ok: false; issues: Issue[] };

/** The organisation as the user describes it; chooses the benchmark. */
export interface OrganisationProfile {
  name: string;
  /** SBI 2008 section letter A–U. */
  sector: string;
  /** Labour-market region id or province id; '' = the Netherlands. */
  region: string;
  /** Headcount, from which the size class is derived unless overridden. */
  headcount?: number;
  sizeClass?: string;
  /** Optional mix for a composite benchmark: sector or region -> headcount. */
  composite?: Array<{ sector?: string; region?: string; headcount: number }>;
}

/** Where a benchmark number comes from. Illustrative numbers are never labelled as CBS figures. */
export interface BenchmarkProvenance {
  kind: 'cbs' | 'illustrative' | 'imported';
  /** Human-readable source: a CBS table id and title, or 'illustratief' with the method. */
  source: string;
  /** CBS table id, e.g. '85477NED', when there is one. */
  tableId?: string;
  /** Address of the source, shown as text only (the app never requests it). */
  url?: string;
  /** How an illustrative number was made. */
  method?: string;
}

/** One row of a benchmark table: origin shares (fractions summing to 1) for one cell of its dimensions. */
export interface BenchmarkRow {
  /** Benchmark dimension id -> code, e.g. { sector: 'Q', region: 'NL' }; {} = the whole table's population. */
  key: Record<string, string>;
  /** Main category id -> share as a fraction (0–1); the shares add to 1. */
  shares: Record<string, number>;
  /** The denominator: number of jobs (or persons) in the cell, when known. */
  denominator?: number;
  /** Overrides the table's provenance for this row (e.g. a real CBS national figure). */
  provenance?: BenchmarkProvenance;
}

/** A benchmark table as bundled in public/benchmarks/ or imported from CBS. */
export interface BenchmarkTable {
  /** Stable id, e.g. 'herkomst-2024-sector-region'. */
  id: string;
  scheme: SchemeId;
  year: number;
  /** The unit counted: employee jobs (banen) or persons. */
  population: 'jobs' | 'persons';
  /** Ids of the benchmark dimensions, e.g. ['sector'] or ['sector', 'region']. */
  dimensions: string[];
  title: { nl: string; en: string };
  provenance: BenchmarkProvenance;
  rows: BenchmarkRow[];
}
