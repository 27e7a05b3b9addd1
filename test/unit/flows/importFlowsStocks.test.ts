import { describe, expect, it } from 'vitest';
import type { StockCount } from '../../../src/core';
import { importFixture } from './loadFlows';

// wide-nl-crlf.csv, Zorg: 2023 in 10/2/5, out 8/1/. ; 2024 in 12/0/6 (nederland/europa/buiten-europa)
const stock = (period: string, nederland: number, europa: number, buitenEuropa: number): StockCount => ({
  period, group: 'Zorg', counts: { nederland, europa, 'buiten-europa': buitenEuropa },
});

describe('importFlows with stocks beside it', () => {
  it('returns no finding when every stock is the one before it plus in minus out', () => {
    // 2023: 100 + 10 − 8 = 102, 10 + 2 − 1 = 11, 20 + 5 − 0 = 25; 2024: 102 + 12 = 114, 11, 25 + 6 = 31
    const r = importFixture('wide-nl-crlf.csv', { stocks: [stock('2022', 100, 10, 20), stock('2023', 102, 11, 25), stock('2024', 114, 11, 31)] });
    expect(r.issues).toEqual([]);
    expect(r.flows).toHaveLength(8);
  });

  it('locates a mismatch at the row and column of that hires count, flows kept', () => {
    // 2024 nederland: 102 + 12 = 114 expected, 115 given; the 2024 instroom row is row 4
    const r = importFixture('wide-nl-crlf.csv', { stocks: [stock('2022', 100, 10, 20), stock('2023', 102, 11, 25), stock('2024', 115, 11, 31)] });
    expect(r.flows).toHaveLength(8);
    expect(r.issues).toEqual([
      {
        severity: 'error', code: 'stock-flow-mismatch', row: 4, column: 'Nederland',
        params: { group: 'Zorg', previousPeriod: '2023', period: '2024', category: 'nederland', expected: 114, found: 115 },
      },
    ]);
  });
});
