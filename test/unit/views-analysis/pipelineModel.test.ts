import { describe, expect, it } from 'vitest';
import { defaultLevelOrder, guessLevelDimension, moveLevel, pipelineModel, reconcileLevelOrder } from '../../../src/core/views/analysis';
import { categories, cells, table } from './fixtures';

// 2024: levels S1 (100: 60 / 10 / 30), S2 (60: 45 / 6 / 9), S3 top (40: 36 / 4 / 0 shown as 0);
// the organisation's own cell: 200 staff, 141 / 20 / 39. A 2023 level cell must be ignored.
const published = table(
  10,
  cells({ jaar: '2024', schaal: 'S1' }, 100, [60, 10, 30]),
  cells({ jaar: '2024', schaal: 'S2' }, 60, [45, 6, 9]),
  cells({ jaar: '2024', schaal: 'S3' }, 40, [36, 4, 0]),
  cells({ jaar: '2024' }, 200, [141, 20, 39]),
  cells({ jaar: '2023', schaal: 'S3' }, 10, [0, 0, 10]),
);

describe('pipelineModel', () => {
  const m = pipelineModel(published, 'schaal', ['S1', 'S2', 'S3'], { jaar: '2024' }, categories);

  it('gives each level its shares in the order given', () => {
    expect(m.levels.map((l) => l.level)).toEqual(['S1', 'S2', 'S3']);
    expect(m.levels[0]!.shares['buiten-europa']).toBeCloseTo(0.3, 12); // 30 / 100
    expect(m.levels[2]!.shares.nederland).toBeCloseTo(0.9, 12); // 36 / 40
    expect(m.top).toBe('S3');
  });

  it('takes the organisation from its own published cell', () => {
    expect(m.overall.total).toBe(200);
    expect(m.overall.shares.nederland).toBeCloseTo(0.705, 12); // 141 / 200
  });

  it('divides the top share by the overall share and names the category that thins out most', () => {
    // Nederland 0.90 / 0.705 = 1.2766; Europa (4/40 = 0.10) / (20/200 = 0.10) = 1; Buiten Europa 0 / 0.195 = 0.
    expect(m.topRatio.nederland).toBeCloseTo(0.9 / 0.705, 12);
    expect(m.topRatio.europa).toBeCloseTo(1, 12);
    expect(m.topRatio['buiten-europa']).toBe(0);
    expect(m.thinnest).toBe('buiten-europa');
  });

  it('follows a changed order: the last level is the top', () => {
    const r = pipelineModel(published, 'schaal', ['S3', 'S2', 'S1'], { jaar: '2024' }, categories);
    expect(r.top).toBe('S1');
    // Buiten Europa at S1: 0.30 / 0.195 = 1.538
    expect(r.topRatio['buiten-europa']).toBeCloseTo(0.3 / 0.195, 12);
  });

  it('keeps the published counts per level for the table', () => {
    expect(m.counts.S2).toEqual({ nederland: 45, europa: 6, 'buiten-europa': 9 });
    expect(m.counts['']).toEqual({ nederland: 141, europa: 20, 'buiten-europa': 39 });
  });
});

describe('level order', () => {
  it.each([
    // The data's own order, never A–Z (A–Z would give Management, Middenkader, Uitvoerend).
    ['the order of the data when nothing is known', ['Uitvoerend', 'Middenkader', 'Management'], [], ['Uitvoerend', 'Middenkader', 'Management']],
    ['a known order covering exactly the values', ['b', 'a', 'c'], ['c', 'a', 'b'], ['c', 'a', 'b']],
    ['the order of the data when the known order does not fit', ['b', 'a'], ['c', 'a', 'b'], ['b', 'a']],
  ])('defaultLevelOrder: %s', (_name, values, known, expected) => {
    expect(defaultLevelOrder(values, known)).toEqual(expected);
  });

  it.each([
    ['moves up', ['a', 'b', 'c'], 1, -1, ['b', 'a', 'c']],
    ['moves down', ['a', 'b', 'c'], 1, 1, ['a', 'c', 'b']],
    ['stays at the top', ['a', 'b', 'c'], 0, -1, ['a', 'b', 'c']],
    ['stays at the bottom', ['a', 'b', 'c'], 2, 1, ['a', 'b', 'c']],
  ] as const)('moveLevel %s', (_name, order, index, delta, expected) => {
    expect(moveLevel(order, index, delta)).toEqual(expected);
  });

  it('reconciles a saved order: gone values dropped, new ones appended in the data order', () => {
    expect(reconcileLevelOrder(['c', 'gone', 'a'], ['d', 'a', 'b', 'c'])).toEqual(['c', 'a', 'd', 'b']);
    expect(reconcileLevelOrder(undefined, ['b', 'a'], ['b', 'a'])).toEqual(['b', 'a']);
    expect(reconcileLevelOrder([], ['b', 'a'])).toEqual(['b', 'a']);
  });

  it('guesses the level dimension by name, else the first', () => {
    expect(guessLevelDimension(['afdeling', 'schaal'])).toBe('schaal');
    expect(guessLevelDimension(['afdeling', 'locatie'])).toBe('afdeling');
    expect(guessLevelDimension([])).toBeUndefined();
  });
});
