/**
 * Rows of a CBS feed copy as written to data/cbs/: `;`-separated UTF-8 with a BOM, a header line,
 * no quoting (titles hold no `;`). Keys and values are kept as they are, trailing blanks included,
 * because CBS titles carry them ("Totaal ") and the caller matches them trimmed.
 */
export function readSemicolonCsv(text: string): Array<Record<string, string>> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line !== '');
  const header = (lines.shift() ?? '').split(';');
  return lines.map((line) => {
    const cells = line.split(';');
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
}

/** A count of a feed copy: `12617.0`, `9106970`; empty (missing or secret) is undefined. */
export function countOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
