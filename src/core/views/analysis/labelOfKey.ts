/** A group's visible name: its values on the given dimensions, joined; '' for the organisation. */
export function labelOfKey(key: Record<string, string>, dimensions: readonly string[]): string {
  return dimensions.map((d) => key[d] ?? '').join(' · ');
}

// One collator for every comparison: localeCompare with options builds a new one per call.
// Numeric, so that "Afdeling 2" comes before "Afdeling 10".
const collator = new Intl.Collator('nl', { numeric: true });

/** The order group labels are shown in. */
export const compareLabels = (a: string, b: string): number => collator.compare(a, b);
