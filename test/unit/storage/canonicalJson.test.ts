import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../../src/storage';

describe('canonicalJson', () => {
  test.each([
    { name: 'keys sorted, no whitespace', input: { b: 1, a: [true, null] }, expected: '{"a":[true,null],"b":1}' },
    { name: 'nested objects sorted too', input: { z: { y: 1, x: 2 } }, expected: '{"z":{"x":2,"y":1}}' },
    { name: 'array order kept', input: [3, 1, 2], expected: '[3,1,2]' },
    // code-unit order: 'B' (66) < 'a' (97) < 'é' (233)
    { name: 'code-unit key order', input: { é: 1, a: 2, B: 3 }, expected: '{"B":3,"a":2,"é":1}' },
    { name: 'undefined members dropped', input: { a: undefined, b: 2 }, expected: '{"b":2}' },
    { name: 'undefined in arrays → null', input: [undefined], expected: '[null]' },
    { name: 'non-finite numbers → null', input: [Number.NaN, Infinity], expected: '[null,null]' },
    { name: 'strings escaped as JSON does', input: { s: 'a"b\n<script>' }, expected: '{"s":"a\\"b\\n<script>"}' },
    { name: 'toJSON honoured', input: { d: new Date('2026-01-02T03:04:05.000Z') }, expected: '{"d":"2026-01-02T03:04:05.000Z"}' },
    { name: '-0 as 0', input: -0, expected: '0' },
  ])('$name', ({ input, expected }) => {
    expect(canonicalJson(input)).toBe(expected);
  });

  test('the same data in any key order gives the same text', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });
});
