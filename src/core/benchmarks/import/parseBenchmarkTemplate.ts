import Papa from 'papaparse';
import { benchmarkFileIssue } from '../benchmarkFileIssue';
import type { CbsColumn, CbsExtract } from './cbsExtract';
import { parseCbsNumber } from './parseCbsNumber';

/** Template header (Dutch or English) → the column title the mapping step recognises. */
const HEADERS: Record<string, string> = {
  jaar: 'jaar', year: 'jaar',
  sbi: 'sbi', sector: 'sbi',
  regio: 'regio', region: 'regio',
  grootteklasse: 'grootteklasse', sizeclass: 'grootteklasse',
  uurloonklasse: 'uurloonklasse', wageclass: 'uurloonklasse',
  leeftijd: 'leeftijd', ageband: 'leeftijd',
  herkomst: 'herkomst', origin: 'herkomst',
};
const VALUE_HEADERS: Record<string, CbsColumn> = {
  aantal: { id: 'aantal', title: 'aantal' }, count: { id: 'aantal', title: 'aantal' },
  aandeel: { id: 'aandeel', title: 'aandeel', unit: '%' }, share: { id: 'aandeel', title: 'aandeel', unit: '%' },
};

const headerName = (h: string) => h.trim().replace(/^"|"$/g, '').toLowerCase().replace(/[\s_-]/g, '');
const VOCABULARY = new Set([...Object.keys(HEADERS), ...Object.keys(VALUE_HEADERS), 'bron', 'source']);

/** True when most cells of the first line are template column names (StatLine files start with a title). */
export function looksLikeTemplate(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const cells = first.split(/[;,\t]/).map(headerName);
  return cells.length >= 2 && cells.filter((c) => VOCABULARY.has(c)).length * 2 >= cells.length;
}

/**
 * Reads the generic benchmark template (src/core/benchmarks/import/TEMPLATE.md): one row per
 * cell and origin category, columns jaar;sbi;regio;grootteklasse;uurloonklasse;leeftijd;herkomst
 * (only herkomst is required; a missing dimension means its total) and either aantal or aandeel
 * (percent), optionally bron. Separator ';', ',' or tab.
 */
export function parseBenchmarkTemplate(text: string): CbsExtract {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [';', '\t', ','] });
  const [header = [], ...data] = parsed.data;
  const names = header.map(headerName);
  const dimIdx = names.map((n, j) => (n in HEADERS ? j : -1)).filter((j) => j >= 0);
  const valueIdx = names.findIndex((n) => n in VALUE_HEADERS);
  const sourceIdx = names.findIndex((n) => n === 'bron' || n === 'source');
  const extract: CbsExtract = {
    format: 'template',
    dimensions: dimIdx.map((j) => ({ id: HEADERS[names[j] as string] as string, title: HEADERS[names[j] as string] as string })),
    topics: valueIdx >= 0 ? [VALUE_HEADERS[names[valueIdx] as string] as CbsColumn] : [],
    cells: [], issues: [], notes: [],
  };
  if (!names.some((n) => HEADERS[n] === 'herkomst')) extract.issues.push(benchmarkFileIssue('template-missing-column', { column: 'herkomst' }, { row: 1 }));
  if (valueIdx < 0) extract.issues.push(benchmarkFileIssue('template-missing-column', { column: 'aantal / aandeel' }, { row: 1 }));
  if (extract.issues.length > 0) return extract;
  const sources = new Set<string>();
  for (const row of data) {
    const dims = dimIdx.map((j) => ({ label: (row[j] ?? '').trim() }));
    extract.cells.push({ dims, topic: 0, value: parseCbsNumber(row[valueIdx] ?? '') ?? null });
    const source = sourceIdx >= 0 ? (row[sourceIdx] ?? '').trim() : '';
    if (source) sources.add(source);
  }
  extract.notes = [...sources];
  return extract;
}
