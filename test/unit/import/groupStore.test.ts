import { describe, expect, it } from 'vitest';
import { ABSENT, GroupStore } from '../../../src/core/import/groupStore';

describe('GroupStore', () => {
  it('finds every group again after growing, straight to the expected size or by half, across blocks', () => {
    for (const expected of [0, 20_000]) {
      const store = new GroupStore(2, 1, 4);
      store.expect(expected);
      const codes = new Int32Array(2);
      // 10,000 groups (a, b) = (g % 50, g / 50 rounded down): every pair once, numbered in order
      for (let g = 0; g < 10_000; g++) {
        codes[0] = g % 50;
        codes[1] = Math.floor(g / 50);
        expect(store.find(codes, g + 2)).toBe(g);
        expect(store.created).toBe(true);
        store.set(g, 0, g);
      }
      for (let g = 0; g < 10_000; g += 7) {
        codes[0] = g % 50;
        codes[1] = Math.floor(g / 50);
        expect(store.find(codes, 99)).toBe(g);
        expect(store.created).toBe(false);
        expect([store.row(g), store.get(g, 0), store.code(g, 1)]).toEqual([g + 2, g, Math.floor(g / 50)]);
      }
      expect(store.size).toBe(10_000);
      expect(store.get(9999, 1)).toBe(ABSENT);
    }
  });

  it('keeps every value when a new category widens the groups, and totals and flags per group', () => {
    const store = new GroupStore(1, 1, 4);
    const codes = new Int32Array(1);
    for (let g = 0; g < 9000; g++) {
      codes[0] = g;
      store.find(codes, g);
      store.set(g, 0, g * 2);
    }
    // category 2 arrives late: every group keeps its category 0, categories 1 and 2 are absent but in group 8999
    store.set(8999, 2, 7);
    store.setTotal(5000, 12, 40);
    store.markIncomplete(4096);
    expect([store.get(0, 0), store.get(4095, 0), store.get(4096, 0), store.get(8999, 0)]).toEqual([0, 8190, 8192, 17998]);
    expect([store.get(0, 1), store.get(0, 2), store.get(8999, 2)]).toEqual([ABSENT, ABSENT, 7]);
    expect([store.total(5000), store.totalRow(5000), store.total(4999), store.total(0)]).toEqual([12, 40, undefined, undefined]);
    expect([store.incomplete(4096), store.incomplete(4095), store.incomplete(5000)]).toEqual([true, false, false]);
  });
});
