import { normaliseLabel } from '../classification/normaliseLabel';
import type { SeenCategory } from '../import/resolveScheme';
import { isTotalLabel } from '../import/totalLabels';
import { sniffNumberFormat } from '../import/readNumber';
import { cellText, isBlankCell, type SheetCell } from '../import/sheetCell';
import type { FlowColumns } from './flowColumns';
import { flowIssue, type FlowIssue } from './flowIssue';
import { flowKind } from './flowKind';
import { isFlowIssue, readFlowCount } from './readFlowCount';
import type { FlowKind } from './types';

/** One count as read, before its origin is mapped to a category. */
export interface FlowEntry {
  kind: FlowKind;
  period: string;
  group: string;
  stage: string;
  fromLevel: string;
  toLevel: string;
  /** Key of its origin in `seen`. */
  origin: number;
  count: number;
  row: number;
  column: string;
}

export interface FlowRows {
  entries: FlowEntry[];
  seen: SeenCategory[];
  /** The explicit 'Volgorde' of each stage, when the file has that column. */
  stageOrder: Map<string, number>;
  issues: FlowIssue[];
}

/** How several group columns make one group label: 'Zorg / Schaal 8'. */
export const GROUP_JOIN = ' / ';

/**
 * Reads the body of a flow table, long (an origin and a count column) or wide (a column per
 * origin): every row's flow kind, period, group, stage or levels, and its counts. `headerRow`
 * is the spreadsheet row of the header; the body's rows follow it one by one.
 */
export function readFlowRows(columns: FlowColumns, header: readonly string[], body: SheetCell[][], headerRow: number, fallbackDecimal: ',' | '.'): FlowRows {
  const text = (row: SheetCell[], i: number | undefined) => (i === undefined ? '' : cellText(row[i]).trim());
  const valueColumns = columns.origin !== undefined ? [columns.count!] : columns.categories.map((c) => c.index);
  const numbers = sniffNumberFormat(body.flatMap((r) => valueColumns.map((i) => cellText(r[i]))), fallbackDecimal);
  const result: FlowRows = { entries: [], seen: [], stageOrder: new Map(), issues: [] };
  const origins = new Map<string, number>();
  const originKey = (raw: string, row: number, column: string, s?: SeenCategory['meaning']) => {
    let key = origins.get(raw);
    if (key === undefined) {
      origins.set(raw, (key = result.seen.length));
      result.seen.push(s ? { key, raw, row, column, meaning: s } : { key, raw, row, column });
    }
    return key;
  };
  body.forEach((cells, i) => {
    const row = headerRow + 1 + i;
    // a total over the origins is no origin: the counts beside it are the others' sum
    if (cells.every(isBlankCell) || (columns.origin !== undefined && isTotalLabel(normaliseLabel(text(cells, columns.origin))))) return;
    const at = (index: number | undefined) => ({ row, column: index === undefined ? undefined : header[index] });
    const kindCell = text(cells, columns.kind);
    const stage = text(cells, columns.stage);
    const kind = columns.kind === undefined || (kindCell === '' && stage !== '') ? 'funnel' : flowKind(kindCell);
    if (!kind) return void result.issues.push(flowIssue('unknown-flow-kind', at(columns.kind), { value: kindCell }));
    if (kind === 'funnel' && stage === '') return void result.issues.push(flowIssue('missing-stage', at(columns.stage ?? columns.kind)));
    if (kind === 'funnel' && columns.order !== undefined && !result.stageOrder.has(stage)) {
      const order = Number(text(cells, columns.order).replace(',', '.'));
      if (Number.isFinite(order)) result.stageOrder.set(stage, order);
    }
    const base = {
      kind,
      period: text(cells, columns.period),
      group: columns.groups.map((g) => text(cells, g)).join(GROUP_JOIN),
      stage: kind === 'funnel' ? stage : '',
      fromLevel: kind === 'promotion' ? text(cells, columns.fromLevel) : '',
      toLevel: kind === 'promotion' ? text(cells, columns.toLevel) : '',
      row,
    };
    const cellsOfCounts =
      columns.origin !== undefined
        ? [{ index: columns.count!, origin: originKey(text(cells, columns.origin), row, header[columns.origin]!) }]
        : columns.categories.map((c) => ({ index: c.index, origin: originKey(header[c.index]!, headerRow, header[c.index]!, c.meaning) }));
    for (const { index, origin } of cellsOfCounts) {
      const count = readFlowCount(cells[index], numbers, at(index));
      if (isFlowIssue(count)) result.issues.push(count);
      else if (count !== null) result.entries.push({ ...base, origin, count, column: header[index]! });
    }
  });
  return result;
}
