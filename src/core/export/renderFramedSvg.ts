import { escapeXmlText } from './escapeXmlText';
import type { SvgExportFrame } from './svgExportFrame';

const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
/** Exports are always dark text on white, whatever theme the screen uses. */
const TEXT_COLOUR: Record<'title' | 'note', string> = { title: '#1a1a1a', note: '#4d4d4d' };

/**
 * A standalone SVG file: the frame's title, source and provenance as escaped text around the
 * chart. `chartMarkup` is the chart's own <svg> element as the UI serialised it from its DOM
 * (trusted: the app drew it); only the frame's texts come from user data and are escaped here.
 */
export function renderFramedSvg(frame: SvgExportFrame, chartMarkup: string): string {
  const title = frame.lines
    .filter((line) => line.role === 'title')
    .map((line) => line.text)
    .join(' ');
  const texts = frame.lines.map(
    (line) =>
      `<text x="${line.x}" y="${line.y}" font-size="${line.fontSize}" font-weight="${line.fontWeight}" ` +
      `fill="${TEXT_COLOUR[line.role === 'title' ? 'title' : 'note']}">${escapeXmlText(line.text)}</text>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" ` +
      `viewBox="0 0 ${frame.width} ${frame.height}" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXmlText(title)}</title>`,
    `<rect width="${frame.width}" height="${frame.height}" fill="#ffffff"/>`,
    ...texts,
    `<g transform="translate(${frame.chart.x} ${frame.chart.y})">${chartMarkup}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
