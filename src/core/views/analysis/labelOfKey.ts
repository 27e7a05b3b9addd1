/** A group's visible name: its values on the given dimensions, joined; '' for the organisation. */
export function labelOfKey(key: Record<string, string>, dimensions: readonly string[]): string {
  return dimensions.map((d) => key[d] ?? '').join(' · ');
}
