import { describe, expect, it } from 'vitest';
import { flowTemplateCsv, importFlows } from '../../../src/core';
import { importFixture } from './loadFlows';

describe('importFlows: long shape', () => {
  it('reads a Dutch file with BOM, title rows, thousands, suppressed cells, finer origins and a total row', () => {
    const r = importFixture('long-nl-bom.csv');
    expect(r.issues).toEqual([]);
    expect(r.scheme).toBe('herkomst');
    // '1.050' with only whole counts beside it is thousands: 1050; Turkije 3 + Marokko 4 = Buiten Europa 7;
    // the 'x' of Buiten Europa's uitstroom is unknown, so no count; the Totaal row (1050 + 12 + 7) is no origin
    expect(r.flows).toEqual([
      { kind: 'in', period: '2024', group: 'Zorg', category: 'nederland', count: 1050 },
      { kind: 'in', period: '2024', group: 'Zorg', category: 'europa', count: 12 },
      { kind: 'in', period: '2024', group: 'Zorg', category: 'buiten-europa', count: 7 },
      { kind: 'out', period: '2024', group: 'Zorg', category: 'nederland', count: 40 },
      { kind: 'promotion', period: '2024', group: 'Zorg', category: 'nederland', count: 9, fromLevel: 'Schaal 1-7', toLevel: 'Schaal 8+' },
      { kind: 'promotion', period: '2024', group: 'Zorg', category: 'buiten-europa', count: 2, fromLevel: 'Schaal 1-7', toLevel: 'Schaal 8+' },
    ]);
  });

  it('reads an English comma file: hires, leavers, a promotion without levels, "1,200" as thousands', () => {
    const r = importFixture('long-en-comma.csv');
    expect(r.issues).toEqual([]);
    expect(r.flows).toEqual([
      { kind: 'in', period: '2023', group: 'Care', category: 'nederland', count: 20 },
      { kind: 'out', period: '2023', group: 'Care', category: 'nederland', count: 1200 },
      { kind: 'out', period: '2023', group: 'Care', category: 'buiten-europa', count: 0 },
      { kind: 'promotion', period: '2023', group: 'Staff', category: 'europa', count: 1, fromLevel: '', toLevel: '' },
    ]);
  });

  it('orders funnel stages by an explicit Volgorde, not by appearance', () => {
    const r = importFixture('funnel-order.csv');
    expect(r.issues).toEqual([]);
    expect(r.stages).toEqual(['Sollicitanten', 'Gesprek', 'Aangenomen']);
    expect(r.flows[0]).toEqual({ kind: 'funnel', period: '2024', group: '', category: 'nederland', count: 5, stage: 'Aangenomen' });
  });

  it('joins several group columns into one group label', () => {
    const r = importFlows('Jaar;Afdeling;Schaal;Stroom;Herkomst;Aantal\n2024;Zorg;8;Instroom;Nederland;3\n');
    expect(r.flows).toEqual([{ kind: 'in', period: '2024', group: 'Zorg / 8', category: 'nederland', count: 3 }]);
  });
});

describe('importFlows: wide shape', () => {
  it('reads a column per origin with CRLF lines and ignores the Totaal column', () => {
    const r = importFixture('wide-nl-crlf.csv');
    expect(r.issues).toEqual([]);
    // 3 + 2 (Buiten Europa '.' is unknown) + 3 counts; 'instroom' in lower case is instroom
    expect(r.flows).toHaveLength(8);
    expect(r.flows[4]).toEqual({ kind: 'out', period: '2023', group: 'Zorg', category: 'europa', count: 1 });
    expect(r.flows[7]).toEqual({ kind: 'in', period: '2024', group: 'Zorg', category: 'buiten-europa', count: 6 });
  });

  it('reads the migratieachtergrond scheme from English headers', () => {
    const r = importFixture('wide-migratie-en.csv');
    expect(r.scheme).toBe('migratieachtergrond');
    expect(r.flows.map((f) => `${f.kind} ${f.category} ${f.count}`)).toEqual([
      'in nederlands 30', 'in westers 4', 'in niet-westers 9', 'out nederlands 25', 'out westers 3', 'out niet-westers 7',
    ]);
  });

  it('reads funnel stages as rows in order of appearance; an equal next stage is fine', () => {
    const r = importFixture('funnel-wide.csv');
    expect(r.issues).toEqual([]);
    expect(r.stages).toEqual(['Sollicitanten', 'Gesprek', 'Aanbod']);
    expect(r.flows).toHaveLength(9);
  });
});

describe('importFlows: workbooks and templates', () => {
  it('reads the first sheet with a Stroom column, number cells as stored', () => {
    const r = importFixture('flows.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.sheet).toBe('Stromen');
    expect(r.flows).toEqual([
      { kind: 'in', period: '2024', group: 'Zorg', category: 'nederland', count: 1234 },
      { kind: 'in', period: '2024', group: 'Zorg', category: 'buiten-europa', count: 40 },
      { kind: 'out', period: '2024', group: 'Zorg', category: 'nederland', count: 8 },
    ]);
  });

  it.each(['nl', 'en'] as const)('the %s template imports back with every kind of flow', (locale) => {
    const r = importFlows(new TextEncoder().encode(flowTemplateCsv(locale)));
    expect(r.issues).toEqual([]);
    // 11 example rows, one suppressed ('.')
    expect(r.flows).toHaveLength(10);
    expect(new Set(r.flows.map((f) => f.kind))).toEqual(new Set(['in', 'out', 'promotion', 'funnel']));
    expect(r.stages).toHaveLength(2);
  });
});
