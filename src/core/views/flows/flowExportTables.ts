import type { ExportTable, ExportValue } from '../../export/types';
import type { Locale } from '../../types';
import { formatP } from '../analysis/formatP';
import type { FunnelStageRow, IntakeRow } from './flowsModel';
import type { FlowRates } from './rateRows';

/** The words a flow export needs, in its language: title, category labels, column headers, yes/no. */
export interface FlowExportLabels {
  title: string;
  categories: Record<string, string>;
  headers: Record<string, string>;
  yes: string;
  no: string;
}

const header = (labels: FlowExportLabels, id: string) => labels.headers[id] ?? id;

/** The funnel as a table: per stage the total and each origin's count (hidden = null, '.'). */
export function funnelExportTable(stages: readonly FunnelStageRow[], categories: readonly string[], labels: FlowExportLabels, locale: Locale): ExportTable {
  const columns: ExportTable['columns'] = [
    { id: 'stage', label: header(labels, 'stage'), kind: 'text' },
    { id: 'total', label: header(labels, 'total'), kind: 'count' },
    ...categories.map((c) => ({ id: c, label: labels.categories[c] ?? c, kind: 'count' as const })),
  ];
  const rows = stages.map((s) => ({ stage: s.stage, total: s.total, ...Object.fromEntries(categories.map((c) => [c, s.counts[c] ?? null])) }));
  return { title: labels.title, locale, columns, rows, notes: [] };
}

/**
 * One rate per origin as a table: events, base, rate with its interval, ratio to the reference,
 * below four-fifths, p against the reference. A suppressed origin has every number hidden ('.').
 */
export function ratesExportTable(rates: FlowRates, labels: FlowExportLabels, locale: Locale): ExportTable {
  const kinds = { category: 'text', events: 'count', base: 'count', rate: 'share', low: 'share', high: 'share', ratio: 'index', fourFifths: 'text', p: 'text' } as const;
  const columns = (Object.keys(kinds) as Array<keyof typeof kinds>).map((id) => ({ id, label: header(labels, id), kind: kinds[id] }));
  const rows = rates.rows.map((row) => {
    const out: Record<string, ExportValue> = { category: labels.categories[row.category] ?? row.category };
    const r = row.rate;
    if (!r) return Object.assign(out, { events: null, base: null, rate: null, low: null, high: null, ratio: null });
    Object.assign(out, { events: r.events, base: r.base, rate: r.rate, low: r.interval?.low ?? null, high: r.interval?.high ?? null });
    // Not applicable (no base, or the reference itself): empty cells rather than '.'.
    if (r.ratioToReference !== null) out.ratio = r.ratioToReference;
    if (r.belowFourFifths !== null) out.fourFifths = r.belowFourFifths ? labels.yes : labels.no;
    if (r.pVsReference !== null) out.p = formatP(r.pVsReference, locale);
    return out;
  });
  return { title: labels.title, locale, columns, rows, notes: [] };
}

/**
 * The hires' mix beside the stock and, when there is one, the benchmark: per origin the hires,
 * their share, the stock's share and the benchmark's, and the differences in percentage points.
 */
export function intakeExportTable(rows: readonly IntakeRow[], labels: FlowExportLabels, locale: Locale): ExportTable {
  const withBenchmark = rows.some((r) => r.benchmarkShare !== null);
  const kinds: Array<readonly [keyof IntakeRow, ExportTable['columns'][number]['kind']]> = [
    ['category', 'text'],
    ['hires', 'count'],
    ['hireShare', 'share'],
    ['stockShare', 'share'],
    ['vsStockPp', 'pp'],
    ...(withBenchmark ? ([['benchmarkShare', 'share'], ['vsBenchmarkPp', 'pp']] as const) : []),
  ];
  const columns = kinds.map(([id, kind]) => ({ id, label: header(labels, id), kind }));
  const out = rows.map((r) => {
    const row: Record<string, ExportValue> = { category: labels.categories[r.category] ?? r.category, hires: r.hires, hireShare: r.hireShare, stockShare: r.stockShare, vsStockPp: r.vsStockPp };
    return withBenchmark ? { ...row, benchmarkShare: r.benchmarkShare, vsBenchmarkPp: r.vsBenchmarkPp } : row;
  });
  return { title: labels.title, locale, columns, rows: out, notes: [] };
}
