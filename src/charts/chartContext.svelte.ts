import { getContext, setContext } from 'svelte';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';

/** Inner margins of a chart, in viewBox units. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What a chart is drawn from: its bands, value range and frame. */
export interface ChartInput {
  /** Band keys from top to bottom (e.g. category ids). */
  bands: string[];
  /** Upper end of the value axis before nicing (e.g. the largest share). */
  maxValue: number;
  width: number;
  /** Height per band, in pixels. */
  bandHeight: number;
  margins: Margins;
}

/** Below this width (px) band labels go above their band instead of to its left. */
export const COMPACT_BELOW = 560;
/** Height of the label row above each band in compact charts, in px. */
export const LABEL_ROW = 22;


/**
 * The one context every chart layer reads: the drawing area and the d3 scales, derived from the
 * chart's props. Layers only render; the scales are computed here, once.
 */
export class ChartState {
  readonly #input: () => ChartInput;

  constructor(input: () => ChartInput) {
    this.#input = input;
  }

  // Closures, not plain expressions: the input is only set once the constructor runs.
  bands = $derived.by(() => this.#input().bands);
  width = $derived.by(() => this.#input().width);
  /**
   * A narrow chart (a phone) keeps its full width for the values: each band's label goes on a
   * row of its own above the band, so the left margin is only a few pixels.
   */
  compact = $derived(this.width < COMPACT_BELOW);
  margins = $derived.by(() => {
    const m = this.#input().margins;
    return this.compact ? { ...m, left: 4 } : m;
  });
  maxValue = $derived.by(() => (this.#input().maxValue > 0 ? this.#input().maxValue : 1));
  /** Distance from one band to the next, in px (a compact chart adds the label row). */
  step = $derived.by(() => this.#input().bandHeight + (this.compact ? LABEL_ROW : 0));
  #paddingInner = $derived(this.compact ? LABEL_ROW / this.step : 0.3);
  #paddingOuter = $derived(this.compact ? LABEL_ROW / this.step : 0.15);
  height = $derived.by(
    () => this.margins.top + this.margins.bottom + this.step * (this.bands.length - this.#paddingInner + 2 * this.#paddingOuter),
  );
  innerWidth = $derived(Math.max(0, this.width - this.margins.left - this.margins.right));
  innerHeight = $derived(Math.max(0, this.height - this.margins.top - this.margins.bottom));
  x: ScaleLinear<number, number> = $derived(
    scaleLinear()
      .domain([0, this.maxValue])
      .range([0, this.innerWidth])
      .nice(),
  );
  y: ScaleBand<string> = $derived(
    scaleBand<string>().domain(this.bands).range([0, this.innerHeight]).paddingInner(this.#paddingInner).paddingOuter(this.#paddingOuter),
  );
}

const KEY = Symbol('chart');

export function setChart(state: ChartState): ChartState {
  return setContext(KEY, state);
}

/** Read-only access for layers: they must not change the chart's geometry. */
export function useChart(): Readonly<ChartState> {
  const state = getContext<ChartState | undefined>(KEY);
  if (!state) throw new Error('useChart() must be called inside a <Chart>');
  return state;
}
