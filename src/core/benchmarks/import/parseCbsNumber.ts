/** StatLine symbols for a value that is secret, unknown, unreliable or logically impossible. */
const SYMBOLS = new Set(['', '.', 'x', '-', '?', '..']);

/**
 * Reads a number as CBS writes it: '1 225,0' and '1.225,0' (Dutch), '1,225.0' and '1225.0' (English and OData),
 * a trailing '*' for provisional figures. Symbols give null; anything else undefined (not a number).
 */
export function parseCbsNumber(raw: unknown): number | null | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (raw === null) return null;
  if (typeof raw !== 'string') return undefined;
  let text = raw.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/\*+$/, '');
  if (SYMBOLS.has(text)) return null;
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) text = comma > dot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  else if (comma >= 0) text = text.replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** The unit in a StatLine column header: 'Banen (x 1 000)' → 'x 1 000'; '… (%)' → '%'. */
export function unitOf(header: string): string | undefined {
  return /\(([^()]*)\)\s*$/.exec(header.trim())?.[1]?.trim();
}

/** The factor a unit multiplies counts by: 'x 1 000' → 1000, 'x 1 mln' → 1e6; otherwise 1. */
export function unitFactor(unit: string | undefined): number {
  if (!unit) return 1;
  const u = unit.toLowerCase().replace(/\s/g, '');
  if (/x1000000|xmln|xmiljoen/.test(u)) return 1e6;
  if (/x1000/.test(u)) return 1000;
  return 1;
}
