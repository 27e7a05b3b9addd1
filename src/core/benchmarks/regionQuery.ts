/** Lower case without accents, so that 'sudwest' finds 'Súdwest-Fryslân' and 's-gravenhage' finds "'s-Gravenhage". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').trim();
}

/**
 * Whether a region's name or code matches what the user typed in the region search: every word
 * typed occurs in it, in any order. An empty query matches everything.
 */
export function matchesRegionQuery(query: string, ...names: string[]): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = names.map(fold).join(' ');
  return words.every((w) => haystack.includes(w));
}
