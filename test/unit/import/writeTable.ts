/** Test helpers that write a table in a given CSV dialect and encoding, the way other tools do. */
export interface WriteDialect {
  delimiter: ';' | ',' | '\t' | '|';
  lineEnding: '\r\n' | '\n' | '\r';
  quoteAll: boolean;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export function writeCsv(rows: string[][], d: WriteDialect): string {
  const quote = (c: string) =>
    d.quoteAll || c.includes(d.delimiter) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
  return rows.map((r) => r.map(quote).join(d.delimiter)).join(d.lineEnding) + d.lineEnding;
}

export function encode(text: string, encoding: WriteDialect['encoding']): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode('\ufeff' + text);
  if (encoding === 'windows-1252') {
    return Uint8Array.from(text, (c) => {
      const code = c.charCodeAt(0);
      if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`not in the test's 1252 subset: ${c}`);
      return code;
    });
  }
  const be = encoding === 'utf-16be';
  const out = new Uint8Array(2 + text.length * 2);
  out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + 2 * i + (be ? 1 : 0)] = code & 0xff;
    out[2 + 2 * i + (be ? 0 : 1)] = code >> 8;
  }
  return out;
}

/** A whole number with a thousands separator every three digits. */
export function withThousands(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
