/** Dimension ids that usually hold an ordered level (salary scale, job level), Dutch or English. */
const LEVEL_HINTS = /schaal|scale|niveau|level|functie|grade|trede/i;

/**
 * The level order shown before the user changes it: a known order (e.g. the demo's salary
 * scales) when it covers exactly these values, else the values in the order given, which is the
 * order of the data (levelsInDataOrder): never A–Z, which would put "Uitvoerend" at the top.
 */
export function defaultLevelOrder(values: readonly string[], known: readonly string[] = []): string[] {
  const set = new Set(values);
  if (known.length === set.size && known.every((v) => set.has(v))) return [...known];
  return [...set];
}

/**
 * A saved order brought up to date with the values now present: values that disappeared are
 * dropped, new ones appended in the order given, so a stored order never hides a level.
 */
export function reconcileLevelOrder(saved: readonly string[] | undefined, values: readonly string[], known: readonly string[] = []): string[] {
  if (!saved || saved.length === 0) return defaultLevelOrder(values, known);
  const present = new Set(values);
  const kept = saved.filter((v) => present.has(v));
  const fresh = defaultLevelOrder(values.filter((v) => !kept.includes(v)));
  return [...kept, ...fresh];
}

/** The order with the item at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveLevel(order: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The dimension most likely to be a level: the first whose name suggests one, else the first candidate. */
export function guessLevelDimension(candidates: readonly string[]): string | undefined {
  return candidates.find((d) => LEVEL_HINTS.test(d)) ?? candidates[0];
}
