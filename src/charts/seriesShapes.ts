/** Marker shapes that tell series apart without colour, in the order series receive them. */
export const SERIES_SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type SeriesShape = (typeof SERIES_SHAPES)[number];

/** An SVG path for a shape of about `size` across, centred on (0, 0). */
export function shapePath(shape: SeriesShape, size = 10): string {
  const h = size / 2;
  switch (shape) {
    case 'circle':
      return `M${-h},0a${h},${h} 0 1,0 ${size},0a${h},${h} 0 1,0 ${-size},0Z`;
    case 'square':
      return `M${-h},${-h}H${h}V${h}H${-h}Z`;
    case 'triangle':
      return `M0,${-h - 1}L${h + 1},${h}H${-h - 1}Z`;
    case 'diamond':
      return `M0,${-h - 1}L${h + 1},0L0,${h + 1}L${-h - 1},0Z`;
  }
}
