import { describe, expect, it } from 'vitest';
import { ABSENT, GroupStore } from '../../../src/core/import/groupStore';

describe('GroupStore', () => {
  it('finds every group again after growing, straight to the expected size or by half', () => {
    for (const expected of [0, 5000]) {
      const store = new GroupStore(2, 1, 4);
      store.expect(expected);
      const codes = new Int32Array(2);
      // 3000 groups (a, b) = (g % 50, g / 50 rounded down): every pair once, numbered in order
      for (let g = 0; g < 3000; g++) {
        codes[0] = g % 50;
        codes[1] = Math.floor(g / 50);
        expect(store.find(codes, g + 2)).toBe(g);
        expect(store.created).toBe(true);
        store.set(g, 0, g);
      }
      for (let g = 0; g < 3000; g += 7) {
        codes[0] = g % 50;
        codes[1] = Math.floor(g / 50);
        expect(store.find(codes, 99)).toBe(g);
        expect(store.created).toBe(false);
        expect([store.row(g), store.get(g, 0), store.code(g, 1)]).toEqual([g + 2, g, Math.floor(g / 50)]);
      }
      expect(store.size).toBe(3000);
      expect(store.get(2999, 1)).toBe(ABSENT);
    }
  });
});
