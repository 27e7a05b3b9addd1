/**
 * The few pieces of SpreadsheetML the importer needs, read with regular expressions: the
 * parts are machine-written XML whose elements and attributes are fixed by the standard.
 */

/** The attributes of a start tag's text, e.g. `r="A1" s="2"`, without namespace prefixes. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!.includes(':') ? m[1]!.slice(m[1]!.indexOf(':') + 1) : m[1]!;
    out[name] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** XML entities and Excel's `_xHHHH_` escapes back to text. */
export function unescapeXml(s: string): string {
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e]!;
    });
}

/** The text of every `<t>` inside a string item (rich text runs joined; phonetic runs left out). */
export function itemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  for (const m of withoutPhonetic.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += m[1];
  return unescapeXml(text);
}

/** The shared strings table. */
export function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) => itemText(m[1]!));
}

/** Built-in number formats that show a percentage (ECMA-376 §18.8.30). */
const PERCENT_IDS = new Set([9, 10]);
/** Built-in date formats. */
const DATE_IDS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);

export type CellStyle = 'percent' | 'date' | 'number';

/** For each cell style index (`<c s>`), whether it shows numbers as a percentage or a date. */
export function cellStyles(xml: string | undefined): CellStyle[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attributes(m[1]!).numFmtId ?? 0);
    const code = custom.get(id);
    if (code !== undefined) return styleOfCode(code);
    return PERCENT_IDS.has(id) ? 'percent' : DATE_IDS.has(id) ? 'date' : 'number';
  });
}

/** A custom format code's kind: '%' outside quotes makes a percentage; d, m or y a date. */
function styleOfCode(code: string): CellStyle {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (bare.includes('%')) return 'percent';
  if (/[dmy]/i.test(bare) && !/^general$/i.test(bare)) return 'date';
  return 'number';
}
