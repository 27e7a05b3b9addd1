import { describe, expect, it } from 'vitest';
import { anchorWithin, estimateTextWidth, placeValueLabel, spreadLabels } from '../../../src/core/views/charts';
import { levelCandidates, levelsInDataOrder } from '../../../src/core/views/analysis';

describe('placeValueLabel', () => {
  it.each([
    // Bar ends at 100, label 40 wide: starts at 100 + 6 = 106 when nothing is in the way.
    ['nothing in the way', 100, 40, [], 106],
    // Marker at [120, 134] overlaps [106, 146]: the label moves to 134 + 6 = 140.
    ['a marker in the way', 100, 40, [[120, 134]], 140],
    // Marker at [200, 214] lies beyond 146 + 6: the label stays at 106.
    ['a marker further on', 100, 40, [[200, 214]], 106],
    // Two obstacles: past [110, 124] to 130, then [150, 164] overlaps [130, 170]: to 170.
    ['two obstacles in a row', 100, 40, [[150, 164], [110, 124]], 170],
  ] as const)('%s', (_name, end, width, obstacles, expected) => {
    expect(placeValueLabel(end, width, obstacles)).toBe(expected);
  });
});

describe('estimateTextWidth and anchorWithin', () => {
  it('estimates 0.6 em per character (5 characters at 12 px = 36 px)', () => {
    expect(estimateTextWidth('12,3%', 12)).toBeCloseTo(36, 6);
  });
  it.each([
    // 100 wide centred on 30 would start at −20: anchored at its start.
    [30, 100, 400, 'start'],
    [200, 100, 400, 'middle'],
    // Centred on 380 it would end at 430 > 400: anchored at its end.
    [380, 100, 400, 'end'],
  ] as const)('x %d, width %d in %d: %s', (x, w, width, expected) => {
    expect(anchorWithin(x, w, width)).toBe(expected);
  });
});

describe('spreadLabels', () => {
  it('leaves labels that are far enough apart where they are', () => {
    expect(spreadLabels([10, 50, 90], 15)).toEqual([10, 50, 90]);
  });
  it('pushes two overlapping labels apart around their mean, keeping their order', () => {
    // 40 and 44, mean 42, gap 15: 34.5 and 49.5.
    expect(spreadLabels([44, 40], 15)).toEqual([49.5, 34.5]);
  });
  it('keeps the set within its bounds', () => {
    // 0 and 2, mean 1: −6.5 and 8.5; moved down by 6.5 to start at 0: 0 and 15.
    expect(spreadLabels([0, 2], 15, 0, 100)).toEqual([0, 15]);
  });
});

describe('pipeline levels', () => {
  it('never offers a place as a level, and puts level-like names first', () => {
    expect(levelCandidates(['vestiging', 'afdeling', 'functieniveau'])).toEqual(['functieniveau', 'afdeling']);
    // The header as written counts too: a column "Locatie" with id "col3".
    expect(levelCandidates(['col3', 'schaal'], { col3: 'Locatie' })).toEqual(['schaal']);
    expect(levelCandidates(['regio'])).toEqual([]);
  });
  it('lists the levels in the order of the data, not A–Z', () => {
    const g = (niveau: string) => ({ key: { niveau }, total: 1, counts: {} });
    const groups = [g('Uitvoerend'), g('Middenkader'), g('Uitvoerend'), g('Management')];
    expect(levelsInDataOrder(groups, 'niveau')).toEqual(['Uitvoerend', 'Middenkader', 'Management']);
  });
});
