import { describe, expect, it } from 'vitest';
import { checkDifferencing } from '../../../src/core/privacy/checkDifferencing';
import { makeDataset } from './makeDataset';

const codes = (issues: Array<{ code: string; column?: string }>) => issues.map((i) => `${i.code}:${i.column ?? ''}`);

describe('checkDifferencing', () => {
  it.each([
    ['Alle behalve Directie', ['complement-group:afdeling']],
    ['Organisatie excl. ICT', ['complement-group:afdeling']],
    ['Everyone except HR', ['complement-group:afdeling']],
    ['Behalve', []],
    ['Alle medewerkers', []],
  ])('label %s', (label, expected) => {
    // 100 + 100 = 200 people, neither unit is 200 minus fewer than 50
    const dataset = makeDataset(['afdeling'], [[label, 60, 20, 20], ['Z', 60, 20, 20]]);
    expect(codes(checkDifferencing(dataset, 'standard'))).toEqual(expected);
  });

  it('warns when a group is the organisation minus fewer than groupMin people', () => {
    // organisation 100 + 6 = 106; 'Groot' = 106 − 6 (6 < 50); 'Klein' = 106 − 100 (not < 50)
    const dataset = makeDataset(['afdeling'], [['Groot', 60, 20, 20], ['Klein', 2, 2, 2]]);
    const issues = checkDifferencing(dataset, 'standard');
    expect(codes(issues)).toEqual(['small-complement:afdeling']);
    // 106 − 100 = 6 people left out, under the preset's groupMin of 50; no year dimension
    expect(issues[0]!.params).toEqual({ label: 'Groot', gap: 6, groupMin: 50 });
    expect(issues[0]!.severity).toBe('warning');
    // with internal (groupMin 10) 6 is still under it
    expect(codes(checkDifferencing(dataset, 'internal'))).toEqual(['small-complement:afdeling']);
  });

  it('compares within each year and flags groups that change between years', () => {
    // 2023: A 100, B 100 (no warning); 2024: A 100, B 100, C 100: C new in 2024
    const dataset = makeDataset(['jaar', 'afdeling'], [
      ['2023', 'A', 60, 20, 20], ['2023', 'B', 60, 20, 20],
      ['2024', 'A', 60, 20, 20], ['2024', 'B', 60, 20, 20], ['2024', 'C', 60, 20, 20],
    ]);
    const issues = checkDifferencing(dataset, 'standard');
    expect(codes(issues)).toEqual(['grouping-changed:afdeling']);
    expect(issues[0]!.params).toEqual({ dim: 'afdeling', before: '2023', after: '2024' });
  });

  it('flags a change against a previous dataset', () => {
    const before = makeDataset(['afdeling'], [['A', 60, 20, 20], ['B', 60, 20, 20]]);
    const same = makeDataset(['afdeling'], [['B', 50, 20, 20], ['A', 70, 20, 20]]);
    const split = makeDataset(['afdeling'], [['A', 60, 20, 20], ['B1', 30, 10, 10], ['B2', 30, 10, 10]]);
    const regrouped = makeDataset(['niveau'], [['laag', 60, 20, 20], ['hoog', 60, 20, 20]]);
    expect(checkDifferencing(same, 'standard', { previous: before })).toEqual([]);
    expect(codes(checkDifferencing(split, 'standard', { previous: before }))).toEqual(['grouping-changed:afdeling']);
    expect(codes(checkDifferencing(regrouped, 'standard', { previous: before }))).toEqual(['grouping-changed:']);
  });
});
