import type { Dataset, Provenance } from '../types';

/** The save form's fields, as typed. */
export interface SaveMeta {
  name: string;
  /** A year (2024) or a date (2024-12-31 or 31-12-2024); may be empty. */
  reference: string;
  provenance: Exclude<Provenance, 'demo'> | '';
  notes: string;
}

export type MetaField = keyof SaveMeta;

/** Problem codes per field; the screen words them. */
export type MetaProblem = 'name-required' | 'name-too-long' | 'reference-invalid' | 'provenance-required' | 'notes-too-long';

export const MAX_NAME = 120;
export const MAX_NOTES = 2000;
export const PROVENANCES = ['cbs-barometer', 'survey', 'registration', 'other'] as const;

/** Every problem of the form, by field; an empty object means it may be saved. */
export function validateMeta(meta: SaveMeta): Partial<Record<MetaField, MetaProblem>> {
  const problems: Partial<Record<MetaField, MetaProblem>> = {};
  const name = meta.name.trim();
  if (name === '') problems.name = 'name-required';
  else if (name.length > MAX_NAME) problems.name = 'name-too-long';
  if (meta.reference.trim() !== '' && !isReference(meta.reference.trim())) problems.reference = 'reference-invalid';
  if (!(PROVENANCES as readonly string[]).includes(meta.provenance)) problems.provenance = 'provenance-required';
  if (meta.notes.length > MAX_NOTES) problems.notes = 'notes-too-long';
  return problems;
}

/** A year from 1900 to 2100, or a real calendar date in ISO or Dutch day-month-year order. */
function isReference(text: string): boolean {
  if (/^\d{4}$/.test(text)) return inYears(Number(text));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : undefined;
  if (!parts) return false;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return inYears(y) && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function inYears(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

/** The dataset with the user's description added to what the importer recorded. */
export function applyMeta(dataset: Dataset, meta: SaveMeta): Dataset {
  const described = { ...dataset.meta, name: meta.name.trim() };
  if (meta.provenance !== '') described.provenance = meta.provenance;
  if (meta.reference.trim() !== '') described.reference = meta.reference.trim();
  if (meta.notes.trim() !== '') described.notes = meta.notes.trim();
  return { ...dataset, meta: described };
}
