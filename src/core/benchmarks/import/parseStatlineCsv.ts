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
  // A "Perioden" line spanning the columns below it (periods as columns) makes the next line a
  // header of years, not data.
  const periodsAbove = (i: number) => i > 0 && filled(rows[i - 1] ?? []) === 1 && (rows[i - 1] ?? []).slice(1).some((c) => PERIOD_HEADER.test(c));
  const firstData = rows.findIndex((row, i) => isData(row) && !periodsAbove(i));
  const notes: string[] = [];
  const extract: CbsExtract = { format: 'statline-csv', dimensions: [], topics: [], cells: [], issues: [], notes };
  if (firstData < 0) return extract;

  // Title and filter lines fill the first cell only; the header starts where another cell is filled.
  const firstHeader = rows.findIndex((r) => r.slice(1).some((c) => c !== ''));
  for (const row of rows.slice(0, firstHeader)) if (filled(row) > 0) notes.push(row.filter(Boolean).join(' '));
  // A spanning label ("Perioden") is written in its first column only: carry it to the right.
  const headerWidth = Math.max(...rows.slice(firstHeader).map((r) => r.length));
  const headerRows = rows.slice(firstHeader, firstData).map((r) => {
    let span = '';
    return Array.from({ length: headerWidth }, (_, j) => r[j] ?? '').map((c, j) => (c !== '' ? ((span = j > 0 && PERIOD_HEADER.test(c) ? c : ''), c) : span));
  });
  const data: string[][] = [];
  for (const row of rows.slice(firstData)) {
    if (filled(row) >= 2) data.push(row);
    else if (filled(row) === 1) notes.push(row.filter(Boolean).join(' '));
  }
  const width = Math.max(...data.map((r) => r.length));
  const columns: CbsColumn[] = Array.from({ length: width }, (_, j) => {
    const all = headerRows.map((r) => r[j] ?? '').filter((c) => c !== '');
    // "Onderwerpen" above topic names is a group label; alone it names the topic column.
    const parts = all.length > 1 ? all.filter((c) => !/^onderwerpen?$/i.test(c)) : all;
    const unitCell = parts.find((c) => UNIT_CELL.test(c));
    const words = [...new Set(parts.filter((c) => c !== unitCell))];
    const title = words.join(' / ') || `Kolom ${j + 1}`;
    const unit = unitCell ?? unitOf(title);
    return unit ? { id: title, title, unit } : { id: title, title };
  });
  const wide = meltWidePeriods(columns, data);
  if (wide) return { ...extract, ...wide, ...titleAndId(notes) };
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
  return { ...extract, ...titleAndId(notes) };
}

function titleAndId(notes: string[]): { title?: string; tableId?: string } {
  const tableId = findTableId(notes.join(' '));
  return { ...(notes[0] ? { title: notes[0] } : {}), ...(tableId ? { tableId } : {}) };
}

const PERIOD_VALUE = /^\d{4}(\s.*|\*+)?$/;

/**
 * StatLine's default layout puts periods in the columns ("Perioden / 2021"), with the topic in a
 * row column ("Onderwerp") and a unit column: turned into long form, one period dimension and one
 * topic per distinct topic label. Undefined when the periods are rows.
 */
function meltWidePeriods(columns: CbsColumn[], data: string[][]): Pick<CbsExtract, 'dimensions' | 'topics' | 'cells'> | undefined {
  const periodCols = columns.map((c, j) => j).filter((j) => PERIOD_HEADER.test(columns[j]?.title ?? '') && PERIOD_VALUE.test((columns[j]?.title ?? '').split(' / ').pop() ?? ''));
  if (periodCols.length === 0) return undefined;
  const rowCols = columns.map((c, j) => j).filter((j) => !periodCols.includes(j));
  const unitCol = rowCols.find((j) => data.every((r) => r[j] === '' || UNIT_CELL.test(r[j] ?? '')));
  const topicCol = rowCols.find((j) => j !== unitCol && /onderwerp|topic/i.test(columns[j]?.title ?? ''));
  const dimCols = rowCols.filter((j) => j !== unitCol && j !== topicCol);
  const topics: CbsColumn[] = [];
  const topicOf = new Map<string, number>();
  const dimensions = [...dimCols.map((j) => columns[j] as CbsColumn), { id: 'Perioden', title: 'Perioden' }];
  const cells: CbsExtract['cells'] = [];
  for (const row of data) {
    const name = topicCol === undefined ? 'Waarde' : (row[topicCol] ?? '');
    let topic = topicOf.get(name);
    if (topic === undefined) {
      const unit = unitCol === undefined ? undefined : row[unitCol];
      topic = topics.push(unit ? { id: name, title: name, unit } : { id: name, title: name }) - 1;
      topicOf.set(name, topic);
    }
    for (const j of periodCols) {
      const period = (columns[j]?.title ?? '').split(' / ').pop() ?? '';
      cells.push({ dims: [...dimCols.map((d) => ({ label: row[d] ?? '' })), { label: period }], topic, value: parseCbsNumber(row[j] ?? '') ?? null });
    }
  }
  return { dimensions, topics, cells };
}
