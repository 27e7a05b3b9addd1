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
  /** Height per band, in viewBox units. */
  bandHeight: number;
  margins: Margins;
}

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
  margins = $derived.by(() => this.#input().margins);
  maxValue = $derived.by(() => (this.#input().maxValue > 0 ? this.#input().maxValue : 1));
  height = $derived.by(() => this.margins.top + this.margins.bottom + this.bands.length * this.#input().bandHeight);
  innerWidth = $derived(Math.max(0, this.width - this.margins.left - this.margins.right));
  innerHeight = $derived(Math.max(0, this.height - this.margins.top - this.margins.bottom));
  x: ScaleLinear<number, number> = $derived(
    scaleLinear()
      .domain([0, this.maxValue])
      .range([0, this.innerWidth])
      .nice(),
  );
  y: ScaleBand<string> = $derived(
    scaleBand<string>().domain(this.bands).range([0, this.innerHeight]).paddingInner(0.3).paddingOuter(0.15),
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
