import type { Issue } from '../../types';
import { benchmarkFileIssue } from '../benchmarkFileIssue';
import { findTableId, type CbsExtract } from './cbsExtract';
import { parseOdataV3, parseOdataV4 } from './parseCbsOdata';

type Json = Record<string, unknown>;

/** CBS topic keys end in their position ('WerkzameBeroepsbevolking_2'); dimension keys do not. */
const TOPIC_KEY = /_\d+$/;

/**
 * Reads one CBS OData answer as saved from the API, not bundled: v3 `TypedDataSet` or
 * `UntypedDataSet` (one page; `odata.nextLink` pages are read one file at a time) and v4
 * `Observations`. Their dimension values are codes only, so they match on codes. Any other
 * endpoint (TableInfos, DataProperties, a dimension list, Properties …) describes a table without
 * its figures: refused, saying which endpoint holds them.
 */
export function parseCbsEndpoint(json: Json): CbsExtract | Issue {
  const context = String(json['odata.metadata'] ?? json['@odata.context'] ?? '');
  const endpoint = (/#(?:Cbs\.OData\.WebAPI\.)?([\w.]+)/.exec(context)?.[1] ?? '').split('.').pop() ?? '';
  const tableId = findTableId(context);
  const rows = Array.isArray(json.value) ? (json.value as Json[]) : [];
  if (endpoint === 'TypedDataSet' || endpoint === 'UntypedDataSet') {
    const keys = Object.keys(rows[0] ?? {}).filter((k) => k !== 'ID');
    const DataProperties = keys.map((Key) => ({ Key, Title: Key, Type: TOPIC_KEY.test(Key) ? 'Topic' : 'Dimension' }));
    return parseOdataV3({ TypedDataSet: rows, DataProperties, tableId: tableId ?? '' });
  }
  if (endpoint === 'Observations') return parseOdataV4({ Observations: rows, tableId: tableId ?? '' });
  return benchmarkFileIssue('metadata-only', { endpoint: endpoint || '?', table: tableId ?? 'CBS' });
}
