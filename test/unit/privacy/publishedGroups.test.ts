import { describe, expect, it } from 'vitest';
import { solver } from './highs';
import { publish } from '../../../src/core/privacy/publish';
import { canonicalKey, indexPublished, publishedGroups } from '../../../src/core/privacy/publishedGroups';
import { makeDataset } from './makeDataset';

const dataset = makeDataset(['afdeling', 'niveau'], [
  ['A', 'laag', 40, 12, 8],
  ['A', 'hoog', 30, 15, 15],
  ['B', 'laag', 20, 20, 20],
  ['B', 'hoog', 25, 20, 15],
]);
const table = publish(dataset, 'standard', solver);

describe('publishedGroups', () => {
  it('returns the organisation for no dimensions', () => {
    // 40 + 30 + 20 + 25 = 115; 12 + 15 + 20 + 20 = 67; 8 + 15 + 20 + 15 = 58; 240 people
    expect(publishedGroups(table, [])).toEqual([
      { key: {}, total: 240, values: { nederland: 115, europa: 67, 'buiten-europa': 58 }, reasons: {} },
    ]);
  });

  it('returns one row per group with hidden values and their reasons, in either dimension order', () => {
    const rows = publishedGroups(table, ['niveau', 'afdeling']);
    expect(rows.map((r) => `${r.key.afdeling}/${r.key.niveau}`)).toEqual(['A/hoog', 'A/laag', 'B/hoog', 'B/laag']);
    expect(rows[1]).toEqual({
      key: { afdeling: 'A', niveau: 'laag' },
      total: 60,
      values: { nederland: 40, europa: null, 'buiten-europa': null },
      reasons: { europa: 'complementary', 'buiten-europa': 'cell-too-small' },
    });
  });

  it('returns only the chosen level', () => {
    // 40 + 20 = 60 nederland on level laag; 30 + 25 = 55 on hoog
    expect(publishedGroups(table, ['niveau']).map((r) => [r.key.niveau, r.values.nederland])).toEqual([
      ['hoog', 55],
      ['laag', 60],
    ]);
  });
});

describe('indexPublished', () => {
  it('finds a cell by its canonical key whatever the key order', () => {
    const index = indexPublished(table);
    expect(canonicalKey({ niveau: 'laag', afdeling: 'B' })).toBe(canonicalKey({ afdeling: 'B', niveau: 'laag' }));
    expect(index.get(`${canonicalKey({ niveau: 'laag', afdeling: 'B' })}|nederland`)?.value).toBe(20);
    expect(index.get(`${canonicalKey({})}|total`)?.value).toBe(240);
  });
});
