import type { CbsColumn, CbsDimensionValue, CbsExtract } from './cbsExtract';
import { findTableId } from './cbsExtract';
import { parseCbsNumber } from './parseCbsNumber';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An endpoint's records: the `value` array of an OData response, or the array itself. */
function records(part: unknown): Json[] {
  const list = isObject(part) ? part.value : part;
  return Array.isArray(list) ? list.filter(isObject) : [];
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

function tableMeta(bundle: Json): { tableId?: string; title?: string } {
  const info = records(bundle.TableInfos)[0] ?? (isObject(bundle.Properties) ? bundle.Properties : undefined);
  const title = info ? text(info.Title) : '';
  const tableId = (info && text(info.Identifier)) || findTableId(text(bundle['odata.metadata']) + ' ' + text(bundle.tableId));
  return { ...(title ? { title } : {}), ...(tableId ? { tableId: tableId.toUpperCase() } : {}) };
}

/** Code → label of one dimension, from its table (`Key`/`Title` in v3, `Identifier`/`Title` in v4). */
function labels(part: unknown): Map<string, string> {
  return new Map(records(part).map((r) => [text(r.Key ?? r.Identifier), text(r.Title)]));
}

/**
 * Reads CBS OData v3 JSON (opendata.cbs.nl/ODataApi): a bundle object holding `TypedDataSet`,
 * `DataProperties` and one member per dimension (its `value` array of `Key`/`Title`), optionally
 * `TableInfos`. Dimension codes are trimmed (CBS pads region keys such as 'NL01  ').
 */
export function parseOdataV3(bundle: Json): CbsExtract {
  const props = records(bundle.DataProperties);
  const dims = props.filter((p) => /Dimension$/.test(text(p.Type)));
  const topics = props.filter((p) => text(p.Type) === 'Topic');
  const extract: CbsExtract = {
    format: 'odata-v3', ...tableMeta(bundle),
    dimensions: dims.map((p) => ({ id: text(p.Key), title: text(p.Title) || text(p.Key) })),
    topics: topics.map((p): CbsColumn => ({ id: text(p.Key), title: text(p.Title) || text(p.Key), ...(text(p.Unit) ? { unit: text(p.Unit) } : {}) })),
    cells: [], issues: [],
  };
  const dimLabels = dims.map((p) => labels(bundle[text(p.Key)]));
  for (const row of records(bundle.TypedDataSet)) {
    const values: CbsDimensionValue[] = dims.map((p, i) => {
      const code = text(row[text(p.Key)]);
      return { code, label: dimLabels[i]?.get(code) ?? code };
    });
    topics.forEach((p, t) => extract.cells.push({ dims: values, topic: t, value: parseCbsNumber(row[text(p.Key)]) ?? null }));
  }
  return extract;
}

/**
 * Reads CBS OData v4 JSON (datasets.cbs.nl/odata/v1/CBS/<id>): a bundle with `Observations`
 * (`Measure`, `Value`, one member per dimension), `MeasureCodes`, `Dimensions` and `<Dimension>Codes`.
 */
export function parseOdataV4(bundle: Json): CbsExtract {
  const observations = records(bundle.Observations);
  const measures = records(bundle.MeasureCodes);
  const declared = records(bundle.Dimensions).map((d) => ({ id: text(d.Identifier), title: text(d.Title) || text(d.Identifier) }));
  const skip = new Set(['Id', 'ID', 'Measure', 'Value', 'ValueAttribute', 'StringValue']);
  const dims = declared.length > 0 ? declared : Object.keys(observations[0] ?? {}).filter((k) => !skip.has(k)).map((k) => ({ id: k, title: k }));
  const topics: CbsColumn[] = measures.map((m) => ({ id: text(m.Identifier), title: text(m.Title) || text(m.Identifier), ...(text(m.Unit) ? { unit: text(m.Unit) } : {}) }));
  const topicIndex = new Map(topics.map((t, i) => [t.id, i]));
  const extract: CbsExtract = { format: 'odata-v4', ...tableMeta(bundle), dimensions: dims, topics, cells: [], issues: [] };
  const dimLabels = dims.map((d) => labels(bundle[`${d.id}Codes`]));
  for (const row of observations) {
    const measure = text(row.Measure);
    let topic = topicIndex.get(measure);
    if (topic === undefined) {
      topic = topics.push({ id: measure, title: measure }) - 1;
      topicIndex.set(measure, topic);
    }
    const values = dims.map((d, i) => {
      const code = text(row[d.id]);
      return { code, label: dimLabels[i]?.get(code) ?? code };
    });
    extract.cells.push({ dims: values, topic, value: parseCbsNumber(row.Value) ?? null });
  }
  return extract;
}
