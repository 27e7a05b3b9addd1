import { describe, expect, it } from 'vitest';
import { renderFramedSvg } from '../../../src/core/export/renderFramedSvg';
import { svgExportFrame } from '../../../src/core/export/svgExportFrame';

describe('svgExportFrame', () => {
  it('places the title above and source and provenance below the chart', () => {
    const frame = svgExportFrame({
      title: 'Herkomst per afdeling',
      sourceLine: 'Bron: eigen registratie 2024',
      provenance: 'Benchmark: illustratief',
      width: 600,
      height: 400,
    });
    // width 600 + 2 × 16 padding = 632
    expect(frame.width).toBe(632);
    // title baseline 16 + 16; chart at 16 + 20 (one title line) + 12 gap = 48
    expect(frame.lines[0]).toEqual({
      role: 'title',
      text: 'Herkomst per afdeling',
      x: 16,
      y: 32,
      fontSize: 16,
      fontWeight: 'bold',
    });
    expect(frame.chart).toEqual({ x: 16, y: 48, width: 600, height: 400 });
    // below the chart: 48 + 400 + 12 = 460; source baseline 460 + 12, provenance 476 + 12
    expect(frame.lines.slice(1).map((line) => [line.role, line.y, line.fontSize])).toEqual([
      ['source', 472, 12],
      ['provenance', 488, 12],
    ]);
    // 476 + 16 (provenance line) + 16 padding = 508
    expect(frame.height).toBe(508);
    expect(frame.pngScale).toBe(2);
  });

  it('widens a narrow chart to 320 px, centres it and wraps long text', () => {
    const frame = svgExportFrame({
      title: 'Aandeel medewerkers met een migratieachtergrond per functieniveau',
      sourceLine: '',
      provenance: '',
      width: 200,
      height: 100,
    });
    expect(frame.width).toBe(320);
    // (320 − 200) / 2 = 60
    expect(frame.chart.x).toBe(60);
    // 288 px of text at 0.6 × 16 = 9.6 px per glyph -> 30 characters a line
    expect(frame.lines.map((line) => line.text)).toEqual([
      'Aandeel medewerkers met een',
      'migratieachtergrond per',
      'functieniveau',
    ]);
    // three title lines: 16 + 60 + 12 = 88; no notes, so no gap below: 88 + 100 + 16 = 204
    expect(frame.chart.y).toBe(88);
    expect(frame.height).toBe(204);
  });
});

describe('renderFramedSvg', () => {
  it('writes a parseable SVG with the escaped texts around the chart', () => {
    const frame = svgExportFrame({
      title: 'Afdeling <script>alert(1)</script>',
      sourceLine: 'Bron: A & B',
      provenance: '',
      width: 500,
      height: 100,
    });
    const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="10" height="10"/></svg>';
    const markup = renderFramedSvg(frame, chart);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([String(frame.width), String(frame.height)]);
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('Afdeling <script>alert(1)</script>');
    const texts = Array.from(doc.getElementsByTagName('text')).map((node) => node.textContent);
    expect(texts).toEqual(['Afdeling <script>alert(1)</script>', 'Bron: A & B']);
    const group = doc.getElementsByTagName('g')[0];
    expect(group?.getAttribute('transform')).toBe(`translate(${frame.chart.x} ${frame.chart.y})`);
    expect(group?.getElementsByTagName('rect')).toHaveLength(1);
  });
});
