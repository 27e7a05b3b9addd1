/** Lower case, no accents, hyphens and slashes as spaces, 'excl.' spelled out, single spaces. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bexcl\.?(?=\s)/g, 'exclusief')
    .replace(/\bexcluding\b/g, 'exclusief')
    .replace(/[-/–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A label without a trailing unit or StatLine region suffix: 'Nederland (x 1 000)' → 'Nederland'. */
export function stripSuffix(label: string): string {
  return label.replace(/\s*\((x\s*1\s*000|%|aantal|am|pv|ld|cr|gm)\)\s*$/i, '').trim();
}
