import { describe, expect, it } from 'vitest';
import { importFlows } from '../../../src/core';
import { importFixture } from './loadFlows';

const located = (r: ReturnType<typeof importFlows>) => r.issues.map(({ code, row, column, params }) => ({ code, row, column, params }));

describe('importFlows refuses what it cannot count, at row and column', () => {
  it('names every bad cell of a long file and imports nothing', () => {
    const r = importFixture('errors-long.csv');
    expect(r.flows).toEqual([]);
    // '2,5' beside whole numbers shows the decimal comma; the header is row 1
    expect(located(r)).toEqual([
      { code: 'negative-count', row: 2, column: 'Aantal', params: { value: '-3' } },
      { code: 'unknown-flow-kind', row: 3, column: 'Stroom', params: { value: 'Verhuizing' } },
      { code: 'fractional-count', row: 4, column: 'Aantal', params: { value: '2,5' } },
      { code: 'not-a-number', row: 5, column: 'Aantal', params: { value: 'veel' } },
      { code: 'missing-count', row: 6, column: 'Aantal', params: {} },
      { code: 'unknown-category', row: 7, column: 'Herkomst', params: { value: 'Mars' } },
    ]);
  });

  it('refuses a stored fraction in a workbook, naming the sheet', () => {
    const r = importFixture('REFUSE-fraction.xlsx');
    expect(r.issues).toEqual([
      { severity: 'error', code: 'fractional-count', row: 2, column: 'Aantal', sheet: 'Blad1', params: { value: '1.5' } },
    ]);
  });

  it('refuses a funnel stage with more people than the stage before it', () => {
    const r = importFixture('REFUSE-funnel-exceeds.csv');
    expect(r.flows).toEqual([]);
    // Europa: Sollicitanten 10, Gesprek 11 (row 3)
    expect(located(r)).toEqual([
      {
        code: 'funnel-exceeds-previous', row: 3, column: 'Europa',
        params: { period: '2024', group: '', category: 'europa', stage: 'Gesprek', count: 11, previousStage: 'Sollicitanten', previous: 10 },
      },
    ]);
  });

  it('refuses per-person files as the stock import does', () => {
    expect(located(importFixture('REFUSE-person-column.csv'))).toEqual([
      { code: 'person-identifying-column', row: 1, column: 'Personeelsnummer', params: {} },
    ]);
    // no count column and a row that repeats: one row per person
    expect(located(importFixture('REFUSE-person-rows.csv'))).toEqual([{ code: 'person-level', row: 1, column: 'Herkomst', params: {} }]);
  });

  it('says which column is missing', () => {
    expect(located(importFixture('REFUSE-no-count.csv'))).toEqual([{ code: 'missing-count-column', row: 1, column: 'Herkomst', params: {} }]);
    expect(located(importFixture('REFUSE-no-origin.csv'))).toEqual([{ code: 'missing-origin-column', row: 1, column: undefined, params: {} }]);
    expect(located(importFlows('Jaar;Herkomst;Aantal\n2024;Nederland;5\n'))).toEqual([
      { code: 'missing-flow-column', row: 1, column: undefined, params: {} },
    ]);
    expect(located(importFlows('Jaar;Stroom;Fase;Herkomst;Aantal\n2024;Werving;;Nederland;5\n'))).toEqual([
      { code: 'missing-stage', row: 2, column: 'Fase', params: {} },
    ]);
  });

  it('refuses origins of both schemes in one file', () => {
    expect(located(importFixture('mixed-schemes.csv'))).toEqual([
      { code: 'mixed-schemes', row: 5, column: 'Herkomst', params: { value: 'Westers', scheme: 'herkomst', other: 'migratieachtergrond' } },
    ]);
  });

  it('says an empty file or one that is no table is so', () => {
    expect(importFlows('  \n').issues.map((i) => i.code)).toEqual(['empty-file']);
    expect(importFlows(new Uint8Array([0, 1, 2, 3, 0, 0])).issues.map((i) => i.code)).toEqual(['not-a-table']);
  });
});
