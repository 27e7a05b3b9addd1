import Papa from 'papaparse';
import type { CbsColumn, CbsExtract } from './cbsExtract';
import { findTableId } from './cbsExtract';
import { parseCbsNumber, unitOf } from './parseCbsNumber';

const PERIOD_HEADER = /perio|jaar|year|kwartaal|quarter/i;
const UNIT_CELL = /^(x\s*1\s*000(\s*000)?|x\s*1\s*mln|%|aantal|euro|number|x\s*1\s*million)$/i;

const filled = (row: string[]) => row.filter((c) => c.trim() !== '').length;
const isNumberCell = (c: string) => typeof parseCbsNumber(c) === 'number';

/**
 * Reads a CSV downloaded from StatLine: semicolon-separated, every field quoted, a title (and
 * sometimes "Gewijzigd op", topic-group and unit lines) above the column headers, data rows with
 * Dutch numbers and symbols ('.', 'x', '-'), and source lines ("Bron: CBS") below. Header lines
 * spread over several rows are joined per column; periods must be rows, not columns.
 */
export function parseStatlineCsv(text: string): CbsExtract {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', quoteChar: '"', skipEmptyLines: false });
  const rows = parsed.data.map((r) => r.map((c) => c.trim()));
  const isData = (row: string[]) => filled(row) >= 2 && row.slice(1).some(isNumberCell);
  const firstData = rows.findIndex(isData);
  const notes: string[] = [];
  const extract: CbsExtract = { format: 'statline-csv', dimensions: [], topics: [], cells: [], issues: [], notes };
  if (firstData < 0) return extract;

  const firstHeader = rows.findIndex((r) => filled(r) >= 2);
  for (const row of rows.slice(0, firstHeader)) if (filled(row) > 0) notes.push(row.filter(Boolean).join(' '));
  const headerRows = rows.slice(firstHeader, firstData);
  const data: string[][] = [];
  for (const row of rows.slice(firstData)) {
    if (filled(row) >= 2) data.push(row);
    else if (filled(row) === 1) notes.push(row.filter(Boolean).join(' '));
  }
  const width = Math.max(...data.map((r) => r.length));
  const columns: CbsColumn[] = Array.from({ length: width }, (_, j) => {
    const parts = headerRows.map((r) => r[j] ?? '').filter((c) => c !== '' && !/^onderwerpen?$/i.test(c));
    const unitCell = parts.find((c) => UNIT_CELL.test(c));
    const words = [...new Set(parts.filter((c) => c !== unitCell))];
    const title = words.join(' / ') || `Kolom ${j + 1}`;
    const unit = unitCell ?? unitOf(title);
    return unit ? { id: title, title, unit } : { id: title, title };
  });
  const isTopic = columns.map((col, j) =>
    !PERIOD_HEADER.test(col.title) && data.some((r) => isNumberCell(r[j] ?? '')) && data.every((r) => parseCbsNumber(r[j] ?? '') !== undefined));
  const dimIdx = columns.map((_, j) => j).filter((j) => !isTopic[j]);
  const topicIdx = columns.map((_, j) => j).filter((j) => isTopic[j]);
  extract.dimensions = dimIdx.map((j) => columns[j] as CbsColumn);
  extract.topics = topicIdx.map((j) => columns[j] as CbsColumn);
  for (const row of data) {
    const dims = dimIdx.map((j) => ({ label: row[j] ?? '' }));
    topicIdx.forEach((j, t) => extract.cells.push({ dims, topic: t, value: parseCbsNumber(row[j] ?? '') ?? null }));
  }
  const title = notes[0];
  if (title) extract.title = title;
  const tableId = findTableId(notes.join(' '));
  if (tableId) extract.tableId = tableId;
  return extract;
}
