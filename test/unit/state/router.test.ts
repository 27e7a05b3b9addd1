import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../src/state/router.svelte';

describe('routeOf', () => {
  it.each([
    ['', 'overview'],
    ['#', 'overview'],
    ['#/', 'overview'],
    ['#/trends', 'trends'],
    ['#trends', 'trends'],
    ['#/data/import', 'data'],
    ['#/embed?view=overview', 'embed'],
    ['#/nonsense', 'overview'],
    ['#/__proto__', 'overview'],
  ])('%j -> %s', (hash, route) => {
    expect(routeOf(hash)).toBe(route);
  });
});
