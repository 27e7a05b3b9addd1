import { describe, expect, it } from 'vitest';
import { parseHead } from '../../../src/core/import/streamRows';

const crlf = { delimiter: ';', newline: '\r\n' } as const;

describe('parseHead', () => {
  it('returns exactly the first `count` rows of a quote-free text', () => {
    const text = 'a;b\r\n1;2\r\n3;4\r\n5;6\r\n';
    expect(parseHead(text, crlf, 2)).toEqual([['a', 'b'], ['1', '2']]);
    // more rows asked than there are: every line, the empty one after the last break included
    expect(parseHead(text, crlf, 10)).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6'], ['']]);
  });

  it('keeps blank lines as rows, as the full parse does', () => {
    expect(parseHead('a;b\r\n\r\n1;2\r\n', crlf, 3)).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('reads a line break inside quotes as part of the cell, even when it falls among the first lines', () => {
    // Three physical lines, two rows: cutting after two lines would split the quoted cell.
    const text = 'a;b\r\n"x\r\ny";2\r\n3;4\r\n';
    expect(parseHead(text, crlf, 2)).toEqual([['a', 'b'], ['x\r\ny', '2']]);
  });
});
