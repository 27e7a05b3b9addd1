import { describe, expect, it } from 'vitest';
import { importTable, importXlsx } from '../../../src/core/import';
import type { Dataset } from '../../../src/core/types';
import { brief, datasetOf, fixture } from './load';

/**
 * The CBS barometer's figures (samples/cbs-barometer-output.csv), worked out by hand:
 * headcount × share. 820 × 63,0% = 516,6; 820 × 10,2% = 83,64; 820 × 26,8% = 219,76;
 * 760 × 77,9% = 592,04; 760 × 9,9% = 75,24; 760 × 12,2% = 92,72;
 * 560 × 84,8% = 474,88; 560 × 9,1% = 50,96; 560 × 6,1% = 34,16.
 */
const EXPECTED: Array<[string, number, [number, number, number]]> = [
  ['Schaal 1-7', 820, [516.6, 83.64, 219.76]],
  ['Schaal 8-10', 760, [592.04, 75.24, 92.72]],
  ['Schaal 11+', 560, [474.88, 50.96, 34.16]],
];

function expectBarometer(d: Dataset) {
  expect(d.scheme).toBe('herkomst');
  expect(d.meta?.fromPercentages).toBe(true);
  expect(d.dimensions).toEqual(['subgroep']);
  // 'Totaal organisatie' (2140 = 820 + 760 + 560) is checked, never a group
  expect(d.groups.map((g) => g.key.subgroep)).toEqual(EXPECTED.map((e) => e[0]));
  d.groups.forEach((g, i) => {
    const [, total, [nl, eu, be]] = EXPECTED[i]!;
    expect(g.total).toBe(total);
    expect(g.counts.nederland).toBeCloseTo(nl, 9);
    expect(g.counts.europa).toBeCloseTo(eu, 9);
    expect(g.counts['buiten-europa']).toBeCloseTo(be, 9);
  });
}

describe('the CBS barometer output imports exactly (issue 15, item 2)', () => {
  it('as the CSV CBS delivers plus the headcount (BOM, CRLF, decimal comma, "(%)" headers)', () => {
    const result = importTable(fixture('cbs-barometer-output.csv'));
    expectBarometer(datasetOf(result));
    expect(result.issues).toEqual([]);
  });

  it('as the workbook: shares stored as fractions with a percent format, a title above, a notes tab first', async () => {
    const { result, sheet, sheetNames } = await importXlsx(fixture('cbs-barometer.xlsx'));
    expect(sheetNames).toEqual(['Toelichting', 'Salarisschaal']);
    expect(sheet).toBe('Salarisschaal');
    const d = datasetOf(result);
    expectBarometer(d);
    expect(d.meta?.sheet).toBe('Salarisschaal');
  });

  it('with a % sign in every cell, a decimal comma and a thousands point in the headcount', () => {
    expectBarometer(datasetOf(importTable(fixture('cbs-percent-sign.csv'))));
  });

  it('refuses shares without any headcount, saying how to add it; nothing is stored as counts', () => {
    // 63,0 + 10,2 + 26,8 = 100: shares, although no header says so
    const result = importTable(fixture('cbs-no-headcount.csv'));
    expect(result.ok).toBe(false);
    expect(brief(result)).toEqual([{ code: 'missing-headcount', row: 1, column: 'Nederland', severity: 'error' }]);
  });
});
