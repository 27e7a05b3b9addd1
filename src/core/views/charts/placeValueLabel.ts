/** An interval on the value axis, in pixels, that a label must not cover (a marker, a path). */
export type Obstacle = readonly [low: number, high: number];

/**
 * Where a value label starts, in pixels from the axis origin: just after the end of its mark
 * (bar end, whisker end), unless that would cover a marker drawn in the same row; then just after
 * the marker. Obstacles are tried left to right, so a label never lands on any of them.
 */
export function placeValueLabel(end: number, labelWidth: number, obstacles: readonly Obstacle[], gap = 6): number {
  let x = end + gap;
  const sorted = [...obstacles].sort((a, b) => a[0] - b[0]);
  for (const [low, high] of sorted) {
    if (x < high + gap && x + labelWidth > low - gap) x = high + gap;
  }
  return x;
}

/**
 * A rough width of a text in pixels: 0.6 em per character is a safe upper bound for digits,
 * percent signs and Latin letters in the app's sans-serif fonts, so a label given this room does
 * not overlap what lies beyond it.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** The anchor of a label centred on `x` that must stay within [0, width]: start or end near an edge. */
export function anchorWithin(x: number, labelWidth: number, width: number): 'start' | 'middle' | 'end' {
  if (x - labelWidth / 2 < 0) return 'start';
  if (x + labelWidth / 2 > width) return 'end';
  return 'middle';
}
