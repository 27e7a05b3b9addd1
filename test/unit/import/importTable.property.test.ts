import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTable } from '../../../src/core/import';
import type { SchemeId } from '../../../src/core/types';
import { encode, withThousands, writeCsv, type WriteDialect } from './writeTable';

// Label variants per main category that a file may use (DOMAIN.md §2).
const VARIANTS: Record<SchemeId, string[][]> = {
  herkomst: [
    ['Nederland', 'Netherlands'],
    ['Europa', 'Europa (excl. Nederland)', 'Europa (exclusief Nederland)', 'Europe'],
    ['Buiten Europa', 'Buiten-Europa', 'Outside Europe'],
  ],
  migratieachtergrond: [
    ['Nederlandse achtergrond', 'Autochtoon', 'Dutch background'],
    ['Westerse migratieachtergrond', 'Westers', 'Western'],
    ['Niet-westerse migratieachtergrond', 'Niet-westers', 'Non-Western'],
  ],
};
const IDS: Record<SchemeId, string[]> = {
  herkomst: ['nederland', 'europa', 'buiten-europa'],
  migratieachtergrond: ['nederlands', 'westers', 'niet-westers'],
};
// Group labels with the characters that break naive CSV handling: delimiters, quotes, newlines, accents.
const LABELS = ['Zorg', 'Staf', 'Financiën', 'Team "Noord"', 'A; B', 'x,y', 'Regel\ntwee', 'Café', '2023', 'ICT|Data', 'Tab\there', 'Kantoor Curaçao'];
const DIM_HEADERS = ['Jaar', 'Afdeling', 'Niveau'];

const dialect = fc.record<WriteDialect>({
  delimiter: fc.constantFrom(';', ',', '\t', '|'),
  lineEnding: fc.constantFrom('\r\n', '\n', '\r'),
  quoteAll: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'),
});

const table = fc
  .record({
    scheme: fc.constantFrom<SchemeId>('herkomst', 'migratieachtergrond'),
    dims: fc.integer({ min: 0, max: 2 }),
    shape: fc.constantFrom('long', 'wide', 'wide-total', 'percentages'),
    decimal: fc.constantFrom(',', '.'),
    thousands: fc.constantFrom('', 'sep', ' '),
    variant: fc.nat(),
  })
  .chain((t) =>
    fc.record({
      t: fc.constant(t),
      groups: fc.uniqueArray(
        fc.record({
          key: fc.array(fc.constantFrom(...LABELS), { minLength: t.dims, maxLength: t.dims }),
          counts: fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 })),
          // tenths of a percent for the first two categories; the third makes 100.0
          tenths: fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })).map(([a, b]) => (a + b <= 1000 ? [a, b] : [1000 - a, 1000 - b])),
          headcount: fc.integer({ min: 1, max: 9000 }),
        }),
        { minLength: 1, maxLength: 6, selector: (g) => g.key.join('\u0000') },
      ),
    }),
  );

describe('importTable: any aggregate table in any dialect comes back the same', () => {
  it('round-trips', () => {
    fc.assert(
      fc.property(table, dialect, ({ t, groups }, d) => {
        const decimal = d.delimiter === t.decimal ? (t.decimal === ',' ? '.' : ',') : t.decimal;
        const sep = t.thousands === 'sep' ? (decimal === ',' ? '.' : ',') : t.thousands;
        const num = (n: number) => withThousands(n, sep);
        const pct = (tenths: number) => (tenths / 10).toFixed(1).replace('.', decimal);
        const labels = VARIANTS[t.scheme].map((v) => v[t.variant % v.length]!);
        const dimHeaders = DIM_HEADERS.slice(0, t.dims);
        const rows: string[][] = [];
        if (t.shape === 'long') {
          rows.push([...dimHeaders, 'Herkomst', 'Aantal']);
          for (const g of groups) g.counts.forEach((c, i) => rows.push([...g.key, labels[i]!, num(c)]));
        } else if (t.shape === 'percentages') {
          rows.push([...dimHeaders, 'Aantal medewerkers', ...labels.map((l) => `${l} (%)`)]);
          for (const g of groups) {
            const [a, b] = g.tenths;
            rows.push([...g.key, num(g.headcount), pct(a!), pct(b!), pct(1000 - a! - b!)]);
          }
        } else {
          const total = t.shape === 'wide-total';
          rows.push([...dimHeaders, ...labels, ...(total ? ['Totaal'] : [])]);
          for (const g of groups) rows.push([...g.key, ...g.counts.map(num), ...(total ? [num(g.counts[0] + g.counts[1] + g.counts[2])] : [])]);
        }
        const result = importTable(encode(writeCsv(rows, d), d.encoding));
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        expect(result.issues.filter((i) => i.code !== 'ambiguous-number')).toEqual([]);
        const ds = result.dataset;
        expect(ds.scheme).toBe(t.scheme);
        expect(ds.dimensions).toEqual(dimHeaders.map((h) => h.toLowerCase()));
        expect(ds.meta?.format?.delimiter).toBe(d.delimiter);
        expect(ds.groups).toHaveLength(groups.length);
        const ids = IDS[t.scheme];
        groups.forEach((g, gi) => {
          const got = ds.groups[gi]!;
          expect(Object.values(got.key)).toEqual(g.key);
          if (t.shape === 'percentages') {
            const [a, b] = g.tenths;
            const shares = [a!, b!, 1000 - a! - b!];
            expect(got.total).toBe(g.headcount);
            ids.forEach((id, i) => expect(got.counts[id]).toBeCloseTo((g.headcount * shares[i]!) / 1000, 6));
          } else {
            expect(got.counts).toEqual(Object.fromEntries(ids.map((id, i) => [id, g.counts[i]])));
            expect(got.total).toBe(g.counts[0] + g.counts[1] + g.counts[2]);
          }
        });
      }),
      { numRuns: 300, seed: 20241129 },
    );
  }, 60_000);
});
