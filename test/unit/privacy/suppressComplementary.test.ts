import { describe, expect, it } from 'vitest';
import { hiddenCells, makeDataset } from './makeDataset';
import { buildCells } from '../../../src/core/privacy/buildCells';
import { normaliseGroups } from '../../../src/core/privacy/normaliseGroups';
import { normaliseRules } from '../../../src/core/privacy/rules';
import { suppressPrimary } from '../../../src/core/privacy/suppressPrimary';
import { suppressComplementary } from '../../../src/core/privacy/suppressComplementary';
import { publish, toPublishedCells } from '../../../src/core/privacy/publish';
import { solver } from './highs';

describe('suppressComplementary', () => {
  it('treats hidden zeros under a published sum like a single hidden member: one more goes', () => {
    // The case of publish.test.ts, the greedy step alone: A (0, 2, 4) is hidden whole under
    // 'internal'; B's 0, 18, 28 and 46 follow one per sum. Nederland's hidden members, A's 0 and B's
    // 0, add up to the published 0, so each is 0: the organisation's nederland goes as well, and with
    // it (its row then has one hidden member) the organisation's europa 20. 6 cells added.
    const dataset = makeDataset(['afdeling'], [['A', 0, 2, 4], ['B', 0, 18, 28]]);
    const table = buildCells(normaliseGroups(dataset));
    const codes = suppressPrimary(table, normaliseRules('internal'));
    expect(suppressComplementary(table, codes)).toBe(6);
    const greedy = hiddenCells(toPublishedCells(table, codes));
    expect(greedy.filter((c) => c.startsWith(':'))).toEqual([':nederland=complementary', ':europa=complementary']);
    // Nothing left for the audit: publish() (publish.test.ts, worked out there) hides exactly these.
    expect(greedy).toEqual(hiddenCells(publish(dataset, 'internal', solver).cells));
  });

  it('leaves a published sum whose hidden members hold people alone', () => {
    // A: 20 + 1 + 10 under 'internal': europa 1 is cell-too-small; the row 31 = 20 + ? + 10 has one
    // hidden member -> its cheapest, buiten-europa 10. The hidden pair adds up to 11: not zeros,
    // nothing more in that row. (The organisation is A alone: the same sums once more, the same choice.)
    const dataset = makeDataset(['afdeling'], [['A', 20, 1, 10]]);
    const table = buildCells(normaliseGroups(dataset));
    const codes = suppressPrimary(table, normaliseRules('internal'));
    suppressComplementary(table, codes);
    expect(hiddenCells(toPublishedCells(table, codes)).filter((c) => c.startsWith('A:'))).toEqual(['A:europa=cell-too-small', 'A:buiten-europa=complementary']);
  });
});
