import { findTableId, type CbsColumn, type CbsExtract } from './cbsExtract';
import { parseCbsNumber } from './parseCbsNumber';

const TOPIC_KEY = /_\d+$/;

/** A CBS OData feed saved as `;`-separated text: first header cell `ID`, topic keys ending `_<n>`. */
export function looksLikeFeedCsv(text: string): boolean {
  const header = text.slice(0, text.search(/\r?\n/)).split(';');
  return header[0] === 'ID' && header.some((h) => TOPIC_KEY.test(h));
}

/**
 * Reads a CBS OData `TypedDataSet` feed saved as CSV with dimension titles in place of keys (as
 * data/cbs/origin/ holds them: `;`, a BOM, `12617.0`, empty = missing). The table id comes from
 * the file name when it has one. The unit is not in such a file: counts stay as written.
 */
export function parseCbsFeedCsv(text: string, fileName?: string): CbsExtract {
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  const header = (lines.shift() ?? '').split(';');
  const dimIdx = header.map((h, i) => i).filter((i) => i > 0 && !TOPIC_KEY.test(header[i] ?? ''));
  const topicIdx = header.map((h, i) => i).filter((i) => TOPIC_KEY.test(header[i] ?? ''));
  const column = (i: number): CbsColumn => ({ id: header[i] ?? '', title: header[i] ?? '' });
  const tableId = findTableId(fileName ?? '');
  const extract: CbsExtract = {
    format: 'odata-v3', ...(tableId ? { tableId } : {}),
    dimensions: dimIdx.map(column), topics: topicIdx.map(column), cells: [], issues: [],
  };
  for (const line of lines) {
    const cells = line.split(';');
    const dims = dimIdx.map((i) => ({ label: (cells[i] ?? '').trim() }));
    topicIdx.forEach((i, t) => extract.cells.push({ dims, topic: t, value: parseCbsNumber(cells[i] ?? '') ?? null }));
  }
  return extract;
}
