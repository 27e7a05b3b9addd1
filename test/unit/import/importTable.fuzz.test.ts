import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES, importRows, importTable } from '../../../src/core/import';
import type { ImportResult } from '../../../src/core/types';
import { fixture } from './load';

/** Either a refusal with at least one error, or a dataset with finite, non-negative numbers and no errors. */
function expectWellFormed(result: ImportResult): void {
  if (!result.ok) {
    expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
    return;
  }
  expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
  for (const g of result.dataset.groups) {
    expect(Number.isFinite(g.total)).toBe(true);
    for (const v of Object.values(g.counts)) expect(v >= 0 && Number.isFinite(v)).toBe(true);
  }
  for (const i of result.issues) expect(IMPORT_ISSUE_CODES).toContain(i.code);
}

const SAMPLES = ['long-counts.csv', 'cbs-barometer-output.csv', 'legacy-wide.csv', 'wide-comma-crlf-quoted.csv', 'fine-categories-bom.csv', 'percentages-pipe-cr.csv'];

// Generous timeouts: these run hundreds of imports on a shared machine.
describe('importTable never throws', () => {
  it('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectWellFormed(importTable(bytes))), { numRuns: 400, seed: 7 });
  });

  it('on random text made of table characters', () => {
    const chars = fc.constantFrom(';', ',', '\t', '|', '"', '\n', '\r', ' ', '.', '-', '%', '1', '7', 'a', 'Nederland', 'Europa', 'Buiten Europa', 'Totaal', 'Aantal', 'Herkomst', 'x', '<5');
    fc.assert(fc.property(fc.array(chars, { maxLength: 120 }), (parts) => expectWellFormed(importTable(parts.join('')))), { numRuns: 400, seed: 8 });
  });

  it.each(SAMPLES)('on truncations and single-byte corruptions of %s', (name) => {
    const bytes = fixture(name);
    // every cut for small files; about 300 evenly spread cuts for larger ones
    const stride = Math.ceil(bytes.length / 300);
    for (let n = 0; n <= bytes.length; n += stride) expectWellFormed(importTable(bytes.subarray(0, n)));
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const copy = bytes.slice();
        copy[at] = value;
        expectWellFormed(importTable(copy));
      }),
      { numRuns: 200, seed: 9 },
    );
  }, 60_000);

  it('on random cell grids through importRows', () => {
    const cell = fc.constantFrom('', ' ', 'Nederland', 'Europa', 'Buiten Europa', 'Afdeling', 'Aantal', 'Herkomst', '12', '-1', '1,5', 'x', 'Totaal', 'Naam');
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (rows) => expectWellFormed(importRows(rows))), {
      numRuns: 400,
      seed: 10,
    });
  });
});
