import type { ColumnRole, DetectedFormat, ImportResult, Issue, SchemeId } from '../types';

/** What the user handed in: file bytes, pasted text, or rows typed into the form. */
export type ImportSource =
  | { kind: 'bytes'; bytes: Uint8Array; fileName: string; sheet?: string }
  | { kind: 'text'; text: string }
  | { kind: 'rows'; rows: string[][] };

/** One row of the preview grid, numbered as a spreadsheet numbers it (the first record is row 1). */
export interface PreviewRow {
  row: number;
  cells: string[];
}

/** A column as the importer reads it: the role it got, and whether the user chose it. */
export interface ColumnView {
  index: number;
  header: string;
  /** 'person' marks a column that identifies people: the reason for a refusal. */
  role: ColumnRole | { kind: 'person' };
  /** True when the role came from the user's mapping rather than from header synonyms. */
  chosen: boolean;
}

/** What was detected, each field absent when it could not be decided (e.g. a refused file). */
export interface DetectedSummary {
  source: ImportSource['kind'] | 'xlsx';
  encoding?: string;
  delimiter?: string;
  lineEnding?: DetectedFormat['lineEnding'];
  decimal?: ',' | '.';
  thousands?: string;
  shape?: DetectedFormat['shape'];
  scheme?: SchemeId;
}

/** The small view of the input the screens show: never all rows. */
export interface ImportPreview {
  detected: DetectedSummary;
  /** The header row's spreadsheet number (1 unless blank lines or titles come first). */
  headerRow: number;
  header: string[];
  /** The first rows, header included. */
  rows: PreviewRow[];
  /** Rows beyond the first ones that an issue points at (a bounded number). */
  issueRows: PreviewRow[];
  columns: ColumnView[];
  /** Sheet names of a workbook, in order; the one read is `detected`'s sheet. */
  sheets?: string[];
  sheet?: string;
}

/** The dataset's shape without its groups: enough for the screen, cheap to send between threads. */
export interface ImportedSummary {
  scheme: SchemeId;
  dimensions: string[];
  dimensionLabels: Record<string, string>;
  groupCount: number;
  fromPercentages: boolean;
  /** Staff in the latest year (all groups when there is no year): the organisation's headcount. */
  headcount: number;
  /** The latest year, when the file has a year column. */
  period?: string;
}

/** One import's answer: the engine's result plus the preview. */
export interface ImportOutcome {
  result: ImportResult;
  preview: ImportPreview;
}

/** An outcome as it crosses from the worker: the dataset stays behind until it is saved. */
export type ImportReport =
  | { ok: true; summary: ImportedSummary; issues: Issue[]; preview: ImportPreview }
  | { ok: false; issues: Issue[]; preview: ImportPreview };

