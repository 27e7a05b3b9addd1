import type { BenchmarkRow, BenchmarkTable, Issue, SchemeId } from '../../types';
import { categoryIds } from '../../classification/schemes';
import { benchmarkFileIssue } from '../benchmarkFileIssue';
import { rowKeyString } from '../rowKeyString';
import type { CbsColumn, CbsExtract } from './cbsExtract';
import { detectRole, matchDimensionValue, type DimensionRole } from './matchDimensionValue';
import { matchOrigin, type OriginMatch } from './matchOrigin';
import { unitFactor } from './parseCbsNumber';
import { benchmarkProvenanceFor } from './benchmarkProvenanceFor';
import { isTwoWayHerkomst, notDutchTrend, type ImportedOriginTrend } from './notDutchTrend';

export interface MapOptions {
  /** Year for sources without a period column (the template may leave it out). */
  year?: number;
  fileName?: string;
  /** Overrides the unit counted; otherwise 'jobs' when a title speaks of banen/jobs, else 'persons'. */
  population?: 'jobs' | 'persons';
}

interface Cell { year: number; key: Record<string, string>; values: Map<string, number | null>; total?: number | null }

const KEY_ORDER = ['sector', 'region', 'sizeClass', 'wageClass', 'ageBand'];
const isPercent = (t: CbsColumn) => t.unit === '%' || /%|aandeel|percentage|share/i.test(t.title);

/** Role per dimension column; a second column with a role already taken counts as 'other'. */
function rolesOf(dimensions: CbsColumn[]): DimensionRole[] {
  const seen = new Set<DimensionRole>();
  return dimensions.map((d) => {
    const role = detectRole(d);
    if (role !== 'other' && seen.has(role)) return 'other';
    seen.add(role);
    return role;
  });
}

/**
 * Matches a reader's cells to our dimensions and origin categories and builds one imported
 * benchmark table per year. Values it cannot match are skipped and reported per column; a file
 * mixing the two origin schemes is refused.
 */
export function mapCbsExtract(extract: CbsExtract, options: MapOptions = {}): { tables: BenchmarkTable[]; issues: Issue[]; trend?: ImportedOriginTrend } {
  const issues: Issue[] = [...extract.issues];
  const roles = rolesOf(extract.dimensions);
  const originDim = roles.indexOf('origin');
  const unmatched = new Map<string, Set<string>>();
  const miss = (column: string, label: string) => unmatched.set(column, (unmatched.get(column) ?? new Set()).add(label));

  let topicOrigin: Array<OriginMatch | undefined> = [];
  let chosenTopic = -1;
  if (originDim < 0 && !extract.topics.some((t) => matchOrigin(t.title))) {
    // No origin at all: one clear refusal, not a warning for every topic that is not an origin.
    const columns = [...extract.dimensions.map((d) => d.title), ...extract.topics.slice(0, 3).map((t) => t.title)].filter(Boolean).join(', ');
    return { tables: [], issues: [...extract.issues, benchmarkFileIssue('no-origin', { columns })] };
  }
  if (originDim >= 0) {
    // The count of people in work (or jobs) is the benchmark's denominator; CBS tables list others first.
    const preferred = extract.topics.findIndex((t) => !isPercent(t) && /werkzame|banen|jobs|employed/i.test(`${t.title} ${t.id}`));
    chosenTopic = preferred >= 0 ? preferred : Math.max(0, extract.topics.findIndex((t) => !isPercent(t)));
    const ignored = extract.topics.filter((_, i) => i !== chosenTopic).map((t) => t.title);
    if (ignored.length > 0) issues.push(benchmarkFileIssue('ignored-topics', { used: extract.topics[chosenTopic]?.title ?? '', values: ignored.join(', ') }, { severity: 'warning' }));
  } else {
    topicOrigin = extract.topics.map((t) => matchOrigin(t.title));
    extract.topics.forEach((t, i) => { if (!topicOrigin[i]) miss('Onderwerpen', t.title); });
  }

  const regionDim = roles.indexOf('region');
  const suffixedRegions = regionDim >= 0 && extract.cells.some((c) => /\((AM|PV|CR|LD)\)\s*$/.test(c.dims[regionDim]?.label ?? ''));
  const schemes = new Set<SchemeId>();
  const cells = new Map<string, Cell>();
  let noYear = false;
  for (const cell of extract.cells) {
    if (originDim >= 0 && cell.topic !== chosenTopic) continue;
    const key: Record<string, string> = {};
    let year = options.year;
    let skip = false;
    roles.forEach((role, i) => {
      if (role === 'origin' || skip) return;
      const value = cell.dims[i] ?? { label: '' };
      const match = matchDimensionValue(role, value, { suffixedRegions });
      if (match.kind === 'year') year = match.year;
      else if (match.kind === 'code') key[role] = match.code;
      else if (match.kind === 'unmatched') { miss(extract.dimensions[i]?.title ?? role, value.label); skip = true; }
    });
    const originLabel = originDim >= 0 ? (cell.dims[originDim]?.label ?? '') : '';
    const origin = originDim >= 0 ? matchOrigin(originLabel) : topicOrigin[cell.topic];
    if (!origin) { if (originDim >= 0) miss(extract.dimensions[originDim]?.title ?? 'herkomst', originLabel); continue; }
    if (skip) continue;
    if (year === undefined) { noYear = true; continue; }
    const id = `${year}|${rowKeyString(key)}`;
    const entry: Cell = cells.get(id) ?? { year, key, values: new Map() };
    cells.set(id, entry);
    const topic = extract.topics[cell.topic];
    const value = cell.value === null ? null : cell.value * (topic && !isPercent(topic) ? unitFactor(topic.unit) : 1);
    if (origin.kind === 'total') entry.total = value;
    else { schemes.add(origin.scheme); entry.values.set(origin.id, value); }
  }

  for (const [column, labels] of unmatched) {
    const list = [...labels];
    issues.push(benchmarkFileIssue('unmatched-codes', { column, count: list.length, values: list.slice(0, 6).join(', ') + (list.length > 6 ? ', …' : '') }, { severity: 'warning', column }));
  }
  if (noYear) issues.push(benchmarkFileIssue('no-year', {}));
  if (schemes.size === 0) issues.push(benchmarkFileIssue('no-origin', {}));
  if (schemes.size > 1) issues.push(benchmarkFileIssue('mixed-schemes', {}));
  if (issues.some((i) => i.severity === 'error')) return { tables: [], issues };
  if (schemes.has('herkomst') && isTwoWayHerkomst([...cells.values()])) return twoWay(extract, [...cells.values()], issues, options);

  const scheme = [...schemes][0] as SchemeId;
  const percent = originDim >= 0 ? isPercent(extract.topics[chosenTopic] ?? { id: '', title: '' }) : extract.topics.some(isPercent);
  const byYear = new Map<number, BenchmarkRow[]>();
  let incomplete = 0;
  for (const cell of cells.values()) {
    const values = categoryIds(scheme).map((c) => cell.values.get(c));
    if (values.some((v) => v === undefined || v === null || v < 0)) { incomplete++; continue; }
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    if (!(sum > 0)) { incomplete++; continue; }
    const row: BenchmarkRow = { key: cell.key, shares: Object.fromEntries(categoryIds(scheme).map((c, k) => [c, (values[k] as number) / sum])) };
    if (!percent) row.denominator = typeof cell.total === 'number' ? cell.total : sum;
    byYear.set(cell.year, [...(byYear.get(cell.year) ?? []), row]);
  }
  if (incomplete > 0) issues.push(benchmarkFileIssue('incomplete-cells', { count: incomplete }, { severity: 'warning' }));
  if (byYear.size === 0) return { tables: [], issues: [...issues, benchmarkFileIssue('no-rows-left', {})] };

  const topicText = extract.topics.map((t) => t.title).join(' ');
  const population = options.population ?? (/banen|\bjobs?\b/i.test(`${topicText} ${extract.title ?? ''}`) ? 'jobs' : 'persons');
  const tables = [...byYear].sort(([a], [b]) => a - b).map(([year, rows]): BenchmarkTable => {
    const dims = KEY_ORDER.filter((d) => rows.some((r) => r.key[d] !== undefined));
    const name = extract.title ?? options.fileName ?? 'Geïmporteerde tabel';
    return {
      id: `import-${extract.tableId ?? extract.format}-${scheme}-${year}-${dims.join('-') || 'total'}`,
      scheme, year, population, dimensions: dims,
      title: { nl: `${name}, ${year} (geïmporteerd)`, en: `${name}, ${year} (imported)` },
      provenance: benchmarkProvenanceFor(extract, { percent, fileName: options.fileName }),
      rows,
    };
  });
  return { tables, issues };
}

/** A file with only Totaal and Nederland (86008NED): imported as the trend of the share not of Dutch origin. */
function twoWay(extract: CbsExtract, cells: Cell[], issues: Issue[], options: MapOptions): { tables: BenchmarkTable[]; issues: Issue[]; trend: ImportedOriginTrend } {
  const name = extract.title ?? options.fileName ?? 'Geïmporteerde tabel';
  const provenance = {
    ...benchmarkProvenanceFor(extract, { percent: false, fileName: options.fileName }),
    method: 'Aandeel niet van Nederlandse herkomst = (totaal − herkomst Nederland) ÷ totaal. Het bestand geeft Europa en Buiten Europa niet apart: het is de trend van de benchmark, geen vergelijking in drie herkomstgroepen.',
  };
  const { trend, skipped } = notDutchTrend(cells, {
    ...(extract.tableId ? { tableId: extract.tableId } : {}),
    title: { nl: `${name}: aandeel niet van Nederlandse herkomst (geïmporteerd)`, en: `${name}: share not of Dutch origin (imported)` },
    population: options.population ?? 'persons',
    provenance,
  });
  const notes = [benchmarkFileIssue('two-way-trend', { years: `${trend.years[0]}–${trend.years[trend.years.length - 1]}`, count: Object.keys(trend.regions).length }, { severity: 'warning' })];
  if (skipped > 0) notes.push(benchmarkFileIssue('incomplete-cells', { count: skipped }, { severity: 'warning' }));
  return { tables: [], issues: [...issues, ...notes], trend };
}
