import { wrapText } from './wrapText';

export interface SvgExportFrameInput {
  /** The chart's title, e.g. 'Herkomst per afdeling'. */
  title: string;
  /** E.g. 'Bron: eigen registratie 2024; benchmark CBS 85477NED'. '' = no line. */
  sourceLine: string;
  /** E.g. 'Illustratieve benchmark; drempels: groepen ≥ 50, cellen ≥ 10'. '' = no line. */
  provenance: string;
  /** The chart's own size in CSS pixels. */
  width: number;
  height: number;
}

export interface SvgFrameLine {
  role: 'title' | 'source' | 'provenance';
  /** Raw text: Svelte escapes it, renderFramedSvg runs it through escapeXmlText. */
  text: string;
  /** Left edge and baseline, in frame pixels. */
  x: number;
  y: number;
  fontSize: number;
  fontWeight: 'bold' | 'normal';
}

export interface SvgExportFrame {
  /** Size of the whole exported image in CSS pixels. */
  width: number;
  height: number;
  /** Where the chart's own SVG goes inside the frame. */
  chart: { x: number; y: number; width: number; height: number };
  lines: SvgFrameLine[];
  /** PNG exports are drawn at twice the size for sharp print and high-density screens. */
  pngScale: number;
}

const PADDING = 16;
const GAP = 12;
const MIN_WIDTH = 320;
const TITLE = { fontSize: 16, lineHeight: 20 };
const NOTE = { fontSize: 12, lineHeight: 16 };
/** Average glyph width of a sans-serif font as a share of its size, on the wide side so text fits. */
const GLYPH_WIDTH = 0.6;

/**
 * The layout that turns a chart into a self-explaining image: title above, source and provenance
 * below, all inside a padded frame at least 320 px wide. Text is wrapped by an estimate of glyph
 * width, since the core cannot measure text.
 */
export function svgExportFrame(input: SvgExportFrameInput): SvgExportFrame {
  const width = Math.max(MIN_WIDTH, input.width + 2 * PADDING);
  const textWidth = width - 2 * PADDING;
  const lines: SvgFrameLine[] = [];
  let cursor = PADDING;
  const place = (role: SvgFrameLine['role'], text: string, style: typeof TITLE, fontWeight: SvgFrameLine['fontWeight']) => {
    for (const line of wrapText(text, textWidth / (GLYPH_WIDTH * style.fontSize))) {
      lines.push({ role, text: line, x: PADDING, y: cursor + style.fontSize, fontSize: style.fontSize, fontWeight });
      cursor += style.lineHeight;
    }
  };
  place('title', input.title, TITLE, 'bold');
  cursor += GAP;
  const chart = { x: (width - input.width) / 2, y: cursor, width: input.width, height: input.height };
  cursor += input.height;
  if (input.sourceLine.trim() !== '' || input.provenance.trim() !== '') cursor += GAP;
  place('source', input.sourceLine, NOTE, 'normal');
  place('provenance', input.provenance, NOTE, 'normal');
  return { width, height: cursor + PADDING, chart, lines, pngScale: 2 };
}
