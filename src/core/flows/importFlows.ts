import { locateHeader } from '../import/findHeader';
import type { SchemeId } from '../types';
import { checkFunnelStages } from './checkFunnelStages';
import { checkFlowHeader } from './checkFlowHeader';
import { collectFlows, stageOrder } from './collectFlows';
import { flowColumns } from './flowColumns';
import { flowIssue, type FlowIssue } from './flowIssue';
import { flowOrigins } from './flowOrigins';
import { locateStockFlow } from './locateStockFlow';
import { readFlowRows } from './readFlowRows';
import { readFlowSheets, type FlowSheet } from './readFlowSheets';
import type { FlowCount, StockCount } from './types';

export interface ImportFlowsOptions {
  /** Stocks of the same groups and scheme: when given, stock(t) = stock(t − 1) + in − out is checked. */
  stocks?: readonly StockCount[];
  /** The scheme of the dataset the flows belong to; else decided from the labels, as for stocks. */
  scheme?: SchemeId;
}

export interface FlowImport {
  flows: FlowCount[];
  /** Errors mean nothing was imported (`flows` is empty), except stock-flow mismatches, found on imported flows. */
  issues: FlowIssue[];
  scheme?: SchemeId;
  /** Funnel stages in order. */
  stages: string[];
  /** The workbook sheet read (XLSX). */
  sheet?: string;
}

/**
 * Imports a file of flows (instroom, doorstroom, uitstroom, funnel stages) in either shape: long
 * (a 'Stroom' or 'Fase' column, an origin and a count column) or wide (a column per origin
 * category). CSV in any dialect the stock import reads, or .xlsx: the first sheet with a
 * 'Stroom' or 'Fase' column. Every problem comes back as an issue with row and column.
 */
export function importFlows(input: Uint8Array | string, options: ImportFlowsOptions = {}): FlowImport {
  const read = readFlowSheets(input);
  if ('issue' in read) return { flows: [], issues: [read.issue], stages: [] };
  const tables = read.sheets.flatMap((sheet) => {
    const header = locateHeader(sheet.rows);
    return header ? [{ sheet, header, columns: flowColumns(header.header) }] : [];
  });
  const table = tables.find((t) => t.columns.kind !== undefined || t.columns.stage !== undefined) ?? tables[0];
  if (!table) return { flows: [], issues: [flowIssue('empty-file')], stages: [] };
  const result = importSheet(table.sheet, table.header.index, table.header.header, table.columns, options);
  if (table.sheet.name === undefined) return result;
  return { ...result, sheet: table.sheet.name, issues: result.issues.map((i) => ({ ...i, sheet: table.sheet.name })) };
}

function importSheet(sheet: FlowSheet, headerIndex: number, header: string[], columns: ReturnType<typeof flowColumns>, options: ImportFlowsOptions): FlowImport {
  const body = sheet.rows.slice(headerIndex + 1);
  const headerRow = headerIndex + 1;
  const failed = (issues: FlowIssue[]): FlowImport => ({ flows: [], issues, stages: [] });
  const headerIssues = checkFlowHeader(columns, header, body, headerRow);
  if (headerIssues.length > 0) return failed(headerIssues);
  const rows = readFlowRows(columns, header, body, headerRow, sheet.fallbackDecimal);
  const origins = flowOrigins(rows.seen, options.scheme);
  const issues = [...rows.issues, ...(origins.ok ? [] : origins.issues)];
  if (!origins.ok || issues.length > 0) return failed(issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
  const collected = collectFlows(rows.entries, origins.categoryOf);
  const stages = stageOrder(collected.flows, rows.stageOrder);
  const funnelIssues = checkFunnelStages(collected, stages);
  if (funnelIssues.length > 0) return failed(funnelIssues);
  const stockIssues = options.stocks ? locateStockFlow(options.stocks, collected) : [];
  return { flows: collected.flows, issues: stockIssues, scheme: origins.scheme, stages };
}
