import { renderFramedSvg, svgExportFrame, toCsvBytes, toXlsx, type ExportTable } from '../../core';
import { exportFileName } from '../../core/views/export';
import { downloadBytes, MEDIA_TYPES } from '../../state/downloads';
import { chartSize, serialiseChartSvg } from './serialiseChartSvg';
import { renderPng } from './renderPng';
import { MissingChartError } from './MissingChartError';

/** The choices of the export menu. */
export type ExportChoice = 'csv-excel' | 'csv-machine' | 'xlsx' | 'svg' | 'png';

export interface ExportRequest {
  table: ExportTable;
  /** The chart to export as an image; null when it is not on the page. */
  svg: SVGSVGElement | null;
  /** Base of the file names, e.g. the figure's title. */
  fileBase: string;
  /** Date of the export as YYYY-MM-DD, part of the file name. */
  date: string;
  /** Lines under the chart in an image export. */
  sourceLine: string;
  provenance: string;
  /** File-name variants of the two CSV dialects, in the user's language. */
  variants: { excel: string; data: string };
}


/** The chart framed with its title, source line and provenance, as an SVG file and its size. */
function framedSvg(request: ExportRequest): { text: string; width: number; height: number; scale: number } {
  if (!request.svg) throw new MissingChartError('no chart');
  const size = chartSize(request.svg);
  const frame = svgExportFrame({ title: request.table.title, sourceLine: request.sourceLine, provenance: request.provenance, ...size });
  return { text: renderFramedSvg(frame, serialiseChartSvg(request.svg)), width: frame.width, height: frame.height, scale: frame.pngScale };
}

/**
 * Makes one export and hands it to the download helper; returns the file name. Every file is made
 * from the table and chart already on screen, i.e. from published numbers only.
 */
export async function runExport(choice: ExportChoice, request: ExportRequest): Promise<string> {
  const name = (format: 'csv' | 'xlsx' | 'svg' | 'png', variant = '') => exportFileName(request.fileBase, request.date, format, variant);
  switch (choice) {
    case 'csv-excel': {
      const file = name('csv', request.variants.excel);
      downloadBytes(toCsvBytes(request.table, 'nl-excel'), file, MEDIA_TYPES.csv);
      return file;
    }
    case 'csv-machine': {
      const file = name('csv', request.variants.data);
      downloadBytes(toCsvBytes(request.table, 'machine'), file, MEDIA_TYPES.csv);
      return file;
    }
    case 'xlsx': {
      const file = name('xlsx');
      downloadBytes(await toXlsx(request.table), file, MEDIA_TYPES.xlsx);
      return file;
    }
    case 'svg': {
      const file = name('svg');
      downloadBytes(framedSvg(request).text, file, MEDIA_TYPES.svg);
      return file;
    }
    case 'png': {
      const file = name('png');
      const svg = framedSvg(request);
      downloadBytes(await renderPng(svg.text, svg.width, svg.height, svg.scale), file, MEDIA_TYPES.png);
      return file;
    }
  }
}
