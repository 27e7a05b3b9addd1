import fc from 'fast-check';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { importTable, importXlsx } from '../../../src/core/import';
import type { ImportResult, SchemeId } from '../../../src/core/types';
import { encode, withThousands, writeCsv, type WriteDialect } from './writeTable';

/**
 * Issue 15: a random valid dataset, written in every accepted shape (long, wide, wide with a
 * Totaal column, pivot, percentages + headcount, years as columns), with or without title lines
 * above and a source line below, as CSV in any dialect or as XLSX, imports back to its counts.
 */
const LABELS: Record<SchemeId, string[]> = {
  herkomst: ['Nederland', 'Europa (excl. Nederland)', 'Buiten Europa'],
  migratieachtergrond: ['Nederlandse achtergrond', 'Westerse migratieachtergrond', 'Niet-westerse migratieachtergrond'],
};
const IDS: Record<SchemeId, string[]> = {
  herkomst: ['nederland', 'europa', 'buiten-europa'],
  migratieachtergrond: ['nederlands', 'westers', 'niet-westers'],
};
const GROUP_LABELS = ['Zorg', 'Staf', 'Financiën', 'Team "Noord"', 'A; B', 'x,y', 'Café', 'ICT|Data', 'Kantoor Curaçao'];
const DIM_HEADERS = ['Afdeling', 'Niveau'];
const SHAPES = ['long', 'wide', 'wide-total', 'pivot', 'percentages', 'years'] as const;
type Shape = (typeof SHAPES)[number];

// a year header is a number cell in a workbook and plain digits in a CSV file
type Cell = { text: string } | { number: number } | { percent: number } | { year: number } | null;

const count = fc.integer({ min: 0, max: 5000 });
const table = fc
  .record({
    scheme: fc.constantFrom<SchemeId>('herkomst', 'migratieachtergrond'),
    shape: fc.constantFrom<Shape>(...SHAPES),
    dims: fc.integer({ min: 1, max: 2 }),
    title: fc.boolean(),
    footer: fc.boolean(),
  })
  .chain((t) =>
    fc.record({
      t: fc.constant(t),
      groups: fc.uniqueArray(
        fc.record({
          key: fc.array(fc.constantFrom(...GROUP_LABELS), { minLength: 2, maxLength: 2 }),
          counts: fc.tuple(count, count, count),
          later: fc.tuple(count, count, count),
          tenths: fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })).map(([a, b]) => (a + b <= 1000 ? [a, b] : [1000 - a, 1000 - b])),
          headcount: fc.integer({ min: 1, max: 9000 }),
        }),
        // a pivot has one row field
        { minLength: 1, maxLength: 5, selector: (g) => (t.shape === 'pivot' ? g.key[0]! : g.key.slice(0, t.dims).join('\u0000')) },
      ),
    }),
  )
  .filter(({ groups }) => groups.some((g) => g.counts.some((c) => c > 0)));

const dialect = fc.record<WriteDialect>({
  delimiter: fc.constantFrom(';', ',', '\t', '|'),
  lineEnding: fc.constantFrom('\r\n', '\n', '\r'),
  quoteAll: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252'),
});
const output = fc.oneof(fc.record({ xlsx: fc.constant(true as const) }), fc.record({ xlsx: fc.constant(false as const), dialect, comma: fc.boolean() }));

type Table = { t: { scheme: SchemeId; shape: Shape; dims: number; title: boolean; footer: boolean }; groups: Array<{ key: string[]; counts: number[]; later: number[]; tenths: number[]; headcount: number }> };

/** The table as cells, the way the shape's tools lay it out. */
function layout({ t, groups }: Table): Cell[][] {
  const txt = (text: string): Cell => ({ text });
  const num = (n: number): Cell => ({ number: n });
  const labels = LABELS[t.scheme];
  const dims = t.shape === 'pivot' ? ['Rijlabels'] : DIM_HEADERS.slice(0, t.dims);
  const keyOf = (g: Table['groups'][number]) => g.key.slice(0, dims.length).map(txt);
  const rows: Cell[][] = [];
  if (t.title) rows.push([txt('Rapportage personeel naar herkomst')], [null]);
  if (t.shape === 'pivot') rows.push([txt('Aantal van Personeelsnummer'), txt('Kolomlabels')]);
  if (t.shape === 'long') {
    rows.push([...dims, 'Herkomst', 'Aantal'].map(txt));
    for (const g of groups) g.counts.forEach((c, i) => rows.push([...keyOf(g), txt(labels[i]!), num(c)]));
  } else if (t.shape === 'years') {
    rows.push([...dims, 'Herkomst'].map(txt).concat([{ year: 2023 }, { year: 2024 }]));
    for (const g of groups) g.counts.forEach((c, i) => rows.push([...keyOf(g), txt(labels[i]!), num(c), num(g.later[i]!)]));
  } else if (t.shape === 'percentages') {
    rows.push([...dims, 'Aantal medewerkers', ...labels].map(txt));
    for (const g of groups) {
      const [a, b] = g.tenths as [number, number];
      rows.push([...keyOf(g), num(g.headcount), ...[a, b, 1000 - a - b].map((x): Cell => ({ percent: x / 10 }))]);
    }
  } else {
    const total = t.shape !== 'wide';
    rows.push([...dims, ...labels, ...(total ? [t.shape === 'pivot' ? 'Eindtotaal' : 'Totaal'] : [])].map(txt));
    // a pivot leaves the cells of no one empty
    const cell = (c: number): Cell => (t.shape === 'pivot' && c === 0 ? null : num(c));
    for (const g of groups) rows.push([...keyOf(g), ...g.counts.map(cell), ...(total ? [num(g.counts[0]! + g.counts[1]! + g.counts[2]!)] : [])]);
    if (t.shape === 'pivot') {
      const sums = [0, 1, 2].map((i) => groups.reduce((s, g) => s + g.counts[i]!, 0));
      rows.push([txt('Eindtotaal'), ...sums.map(num), num(sums[0]! + sums[1]! + sums[2]!)]);
    }
  }
  if (t.footer) rows.push([null], [txt('Bron: eigen personeelsadministratie')]);
  return rows;
}

function asCsv(rows: Cell[][], d: WriteDialect, comma: boolean): Uint8Array {
  const decimal = d.delimiter === ',' ? '.' : comma ? ',' : '.';
  const sep = decimal === ',' ? '.' : ',';
  const text = (c: Cell) =>
    c === null ? '' : 'text' in c ? c.text : 'year' in c ? String(c.year) : 'number' in c ? withThousands(c.number, sep) : `${c.percent.toFixed(1).replace('.', decimal)}%`;
  const width = Math.max(...rows.map((r) => r.length));
  // a spreadsheet writes every row as wide as the table, a title's row too
  return encode(writeCsv(rows.map((r) => Array.from({ length: width }, (_, i) => text(r[i] ?? null))), d), d.encoding);
}

async function asXlsx(rows: Cell[][]): Promise<Uint8Array> {
  const data = rows.map((r) =>
    r.map((c) => {
      if (c === null) return null;
      if ('text' in c) return { value: c.text };
      if ('year' in c) return { value: c.year, type: Number };
      if ('number' in c) return { value: c.number, type: Number };
      return { value: c.percent / 100, type: Number, format: '0.0%' };
    }),
  );
  return new Uint8Array(await writeXlsxFile(data as never).toBuffer());
}

/** What the file must import to: group key (labels joined) -> counts by id. */
function expected({ t, groups }: Table): Map<string, Record<string, number>> {
  const ids = IDS[t.scheme];
  const dims = t.shape === 'pivot' ? 1 : t.dims;
  const out = new Map<string, Record<string, number>>();
  for (const g of groups) {
    const key = g.key.slice(0, dims);
    const counts = (cs: number[]) => Object.fromEntries(ids.map((id, i) => [id, cs[i]!]));
    if (t.shape === 'years') {
      out.set([...key, '2023'].join('|'), counts(g.counts));
      out.set([...key, '2024'].join('|'), counts(g.later));
    } else if (t.shape === 'percentages') {
      const [a, b] = g.tenths as [number, number];
      out.set(key.join('|'), counts([a, b, 1000 - a - b].map((x) => (g.headcount * x) / 1000)));
    } else out.set(key.join('|'), counts(g.counts));
  }
  return out;
}

function check(result: ImportResult, table: Table): void {
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  const errors = result.issues.filter((i) => i.severity === 'error');
  expect(errors).toEqual([]);
  const d = result.dataset;
  expect(d.scheme).toBe(table.t.scheme);
  const want = expected(table);
  expect(d.groups).toHaveLength(want.size);
  for (const g of d.groups) {
    const counts = want.get(Object.values(g.key).join('|'));
    expect(counts, Object.values(g.key).join('|')).toBeDefined();
    for (const [id, v] of Object.entries(counts!)) expect(g.counts[id] ?? 0).toBeCloseTo(v, 6);
  }
}

describe('round trip: every accepted shape, CSV in each dialect and XLSX, imports back to the same counts', () => {
  it('round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(table, output, async (tbl, out) => {
        const rows = layout(tbl);
        const result = out.xlsx ? (await importXlsx(await asXlsx(rows))).result : importTable(asCsv(rows, out.dialect, out.comma));
        check(result, tbl);
      }),
      { numRuns: 250, seed: 15 },
    );
  }, 120_000);
});
