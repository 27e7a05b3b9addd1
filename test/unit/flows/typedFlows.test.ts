import { describe, expect, it } from 'vitest';
import { importFlows, typedFlowText, type TypedFlow } from '../../../src/core';

const row = (kind: TypedFlow['kind'], counts: Record<string, string>, extra: Partial<TypedFlow> = {}): TypedFlow => ({
  period: '2024',
  kind,
  stage: '',
  fromLevel: '',
  toLevel: '',
  counts,
  ...extra,
});

const rows: TypedFlow[] = [
  row('in', { nederland: '12', europa: '3', 'buiten-europa': '5' }),
  row('out', { nederland: '8', europa: '0', 'buiten-europa': '2' }),
  row('promotion', { nederland: '4', europa: '1', 'buiten-europa': '1' }, { fromLevel: 'Schaal 1-7', toLevel: 'Schaal 8+' }),
  row('funnel', { nederland: '60', europa: '10', 'buiten-europa': '30' }, { stage: 'Sollicitanten' }),
  row('funnel', { nederland: '12', europa: '2', 'buiten-europa': '5' }, { stage: 'Aangenomen; intern' }),
  // Nothing typed: dropped.
  row('in', {}, { period: '2023' }),
];

describe('typedFlowText', () => {
  it.each(['nl', 'en'] as const)('goes through the flow import as a file would (%s)', (locale) => {
    const r = importFlows(typedFlowText('herkomst', rows, locale));
    expect(r.issues).toEqual([]);
    expect(r.scheme).toBe('herkomst');
    const count = (kind: string, category: string, stage?: string) =>
      r.flows.filter((f) => f.kind === kind && f.category === category && (stage === undefined || (f.kind === 'funnel' && f.stage === stage))).reduce((s, f) => s + f.count, 0);
    // As typed: 12 Dutch hires, 2 leavers from outside Europe, 4 Dutch promotions, 10 European applicants.
    expect(count('in', 'nederland')).toBe(12);
    expect(count('out', 'buiten-europa')).toBe(2);
    expect(count('promotion', 'nederland')).toBe(4);
    expect(count('funnel', 'europa', 'Sollicitanten')).toBe(10);
    // A stage holding the delimiter survives the quoting.
    expect(r.stages).toEqual(['Sollicitanten', 'Aangenomen; intern']);
    expect(new Set(r.flows.map((f) => f.period))).toEqual(new Set(['2024']));
  });

  it('reports a mistyped count as the import reports a bad cell, with its row and column', () => {
    const r = importFlows(typedFlowText('herkomst', [row('in', { nederland: 'twaalf', europa: '3', 'buiten-europa': '5' })], 'nl'));
    expect(r.flows).toEqual([]);
    // The header is row 1, the typed row row 2; the column is named as the form names it.
    expect(r.issues).toEqual([{ severity: 'error', code: 'not-a-number', params: { value: 'twaalf' }, row: 2, column: 'Nederland' }]);
  });
});
