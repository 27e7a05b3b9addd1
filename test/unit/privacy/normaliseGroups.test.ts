import { describe, expect, it } from 'vitest';
import { normaliseGroups } from '../../../src/core/privacy/normaliseGroups';
import type { Dataset } from '../../../src/core/types';

const base = { scheme: 'herkomst' as const, dimensions: ['afdeling'] };

describe('normaliseGroups', () => {
  it.each([
    // 57 × (50%, 30%, 20%) = 28.5, 17.1, 11.4: floors 28+17+11 = 56, one more to the largest remainder (.5)
    [{ total: 57, counts: { nederland: 28.5, europa: 17.1, 'buiten-europa': 11.4 } }, [29, 17, 11], 0],
    // 10 × (1/3 each): floors 3+3+3 = 9, remainders tie, the first category gets the extra one
    [{ total: 10, counts: { nederland: 10 / 3, europa: 10 / 3, 'buiten-europa': 10 / 3 } }, [4, 3, 3], 0],
    // whole counts stay as they are; 2 people of unknown origin become rest: 50 − (30 + 10 + 8) = 2
    [{ total: 50, counts: { nederland: 30, europa: 10, 'buiten-europa': 8 } }, [30, 10, 8], 2],
  ])('rounds %o to %o with rest %d', (group, counts, rest) => {
    const finest = normaliseGroups({ ...base, groups: [{ key: { afdeling: 'A' }, ...group }] });
    expect(finest.counts).toEqual([counts]);
    expect(finest.rest).toEqual([rest]);
  });

  it('estimates a cell suppressed at the source as the unexplained remainder', () => {
    // 40 − (25 + 9) = 6 for europa, which the source hid
    const finest = normaliseGroups({
      ...base,
      groups: [{ key: { afdeling: 'A' }, total: 40, counts: { nederland: 25, 'buiten-europa': 9 }, suppressed: ['europa'] }],
    });
    expect(finest.counts).toEqual([[25, 6, 9]]);
    expect(finest.source).toEqual([[false, true, false]]);
    expect(finest.rest).toEqual([0]);
  });

  it('sorts, merges equal keys, drops empty groups and reads a missing label as empty', () => {
    const dataset: Dataset = {
      scheme: 'herkomst',
      dimensions: ['jaar', 'afdeling'],
      groups: [
        { key: { jaar: '2024', afdeling: 'B' }, total: 3, counts: { nederland: 3, europa: 0, 'buiten-europa': 0 } },
        { key: { jaar: '2023', afdeling: 'B' }, total: 0, counts: { nederland: 0, europa: 0, 'buiten-europa': 0 } },
        { key: { jaar: '2024', afdeling: 'A' }, total: 2, counts: { nederland: 1, europa: 1, 'buiten-europa': 0 } },
        { key: { jaar: '2024', afdeling: 'B' }, total: 4, counts: { nederland: 1, europa: 2, 'buiten-europa': 1 } },
        { key: { jaar: '2024' }, total: 1, counts: { nederland: 1, europa: 0, 'buiten-europa': 0 } },
      ],
    };
    const finest = normaliseGroups(dataset);
    expect(finest.labels).toEqual([['2024', ''], ['2024', 'A'], ['2024', 'B']]);
    // 2024/B twice: (3,0,0) + (1,2,1) = (4,2,1)
    expect(finest.counts).toEqual([[1, 0, 0], [1, 1, 0], [4, 2, 1]]);
  });
});
