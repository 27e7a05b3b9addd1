import { describe, expect, it } from 'vitest';
import { reportFindings } from '../../../src/components/report/reportFindings';
import type { OverviewModel, OverviewRow } from '../../../src/core';

/** Echoes the key and its parameters, so the test sees what each finding was built from. */
const t = (key: string, params: Record<string, string | number> = {}) => `${key} ${JSON.stringify(params)}`;

const row = (category: string, share: number | null, benchmarkShare: number | null): OverviewRow => ({
  category,
  count: share === null ? null : share * 200,
  share,
  benchmarkShare,
  differencePp: share === null || benchmarkShare === null ? null : (share - benchmarkShare) * 100,
  index: null,
  expected: null,
  gap: null,
});

describe('reportFindings', () => {
  it('orders by distance from the benchmark, then unmatched, withheld (never 0) and the headcount', () => {
    const model: OverviewModel = {
      key: { jaar: '2024' },
      total: 200,
      rows: [
        // a: 0,50 vs 0,55 → −5 pp; b: 0,30 vs 0,20 → +10 pp (furthest); c: no benchmark; d: withheld
        row('a', 0.5, 0.55),
        row('b', 0.3, 0.2),
        row('c', 0.2, null),
        row('d', null, 0.1),
      ],
    };
    const found = reportFindings(t as never, 'nl', { name: 'X', model, labels: { a: 'A', b: 'B', c: 'C', d: 'D' } });
    expect(found.map((f) => f.split(' ')[0])).toEqual([
      'compare.summary',
      'compare.summary',
      'report.finding.noBenchmark',
      'report.finding.withheld',
      'report.finding.total',
    ]);
    expect(found[0]).toContain('"category":"B"');
    expect(found[0]).toContain('"diff":"+10,0 unit.pp');
    expect(found[1]).toContain('"diff":"−5,0 unit.pp');
    expect(found[3]).toBe('report.finding.withheld {"category":"D"}');
    expect(found[4]).toBe('report.finding.total {"count":"200"}');
  });

  it('leaves out the headcount when it is withheld', () => {
    const model: OverviewModel = { key: {}, total: null, rows: [row('a', null, 0.5)] };
    expect(reportFindings(t as never, 'en', { name: 'X', model, labels: {} })).toEqual(['report.finding.withheld {"category":"a"}']);
  });
});
