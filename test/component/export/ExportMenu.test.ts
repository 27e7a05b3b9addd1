import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import WithSettings from '../WithSettings.svelte';
import ExportMenu from '../../../src/components/export/ExportMenu.svelte';
import type { ExportTable } from '../../../src/core';
import { downloadBytes } from '../../../src/state/downloads';
import { renderPng } from '../../../src/components/export/renderPng';

vi.mock('../../../src/state/downloads', async (original) => ({
  ...(await original<typeof import('../../../src/state/downloads')>()),
  downloadBytes: vi.fn(),
}));
vi.mock('../../../src/components/export/renderPng', () => ({ renderPng: vi.fn(async () => new Blob(['png'])) }));

const table: ExportTable = {
  title: 'Herkomst <2024>',
  locale: 'nl',
  columns: [
    { id: 'category', label: 'Herkomst', kind: 'text' },
    { id: 'share', label: 'Aandeel', kind: 'share' },
    { id: 'difference', label: 'Verschil', kind: 'pp' },
  ],
  rows: [{ category: 'Europa', share: 0.125, difference: -3.2 }],
  notes: ['Bron: test', 'Benchmark: illustratief'],
};

function chart(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 400 120');
  svg.setAttribute('class', 'chart');
  svg.innerHTML = '<rect class="bar" width="50" height="10"/><text>Europa</text>';
  document.body.append(svg);
  return svg;
}

function renderMenu(getSvg: () => SVGSVGElement | null = chart) {
  type Props = ComponentProps<typeof ExportMenu>;
  const props: Props = { table, getSvg, fileBase: 'Herkomst 2024' };
  return render(WithSettings<Props>, { props: { component: ExportMenu, props } });
}

/** The arguments of the one download made. */
function downloaded(): { bytes: Uint8Array | Blob | string; name: string; type: string } {
  expect(downloadBytes).toHaveBeenCalledTimes(1);
  const [bytes, name, type] = vi.mocked(downloadBytes).mock.calls[0]!;
  return { bytes, name, type };
}

const text = (bytes: unknown) => new TextDecoder().decode(bytes as Uint8Array);

async function choose(label: RegExp, getSvg?: () => SVGSVGElement | null) {
  renderMenu(getSvg);
  await fireEvent.click(screen.getByRole('button', { name: /exporteren/i }));
  await fireEvent.click(screen.getByRole('button', { name: label }));
  await waitFor(() => expect(screen.getByRole('status').textContent).not.toMatch(/bezig/i));
}

beforeEach(() => {
  vi.mocked(downloadBytes).mockClear();
  vi.mocked(renderPng).mockClear();
});

describe('ExportMenu', () => {
  it('opens with focus on the first choice and closes on Escape with focus back on its button', async () => {
    renderMenu();
    const trigger = screen.getByRole('button', { name: /exporteren/i });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await fireEvent.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /nederlandse excel/i })));
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /software/i }));
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(trigger);
  });

  it('writes the Dutch-Excel CSV: BOM, semicolons, decimal comma', async () => {
    await choose(/nederlandse excel/i);
    const { bytes, name, type } = downloaded();
    expect([...(bytes as Uint8Array).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // 0.125 -> 12,5 (percent); −3.2 points -> -3,2
    expect(text((bytes as Uint8Array).slice(3)).split('\r\n')).toContain('Europa;12,5;-3,2');
    expect(name).toMatch(/^herkomst-2024-\d{4}-\d{2}-\d{2}-excel\.csv$/);
    expect(type).toMatch(/^text\/csv/);
  });

  it('writes the machine CSV: no BOM, commas, decimal point', async () => {
    await choose(/software/i);
    const { bytes, name } = downloaded();
    expect((bytes as Uint8Array)[0]).not.toBe(0xef);
    expect(text(bytes)).toBe('Herkomst,Aandeel (%),Verschil (procentpunt)\r\nEuropa,12.5,-3.2\r\n');
    expect(name).toMatch(/-gegevens\.csv$/);
  });

  it('writes an XLSX file (a zip archive)', async () => {
    await choose(/xlsx/i);
    const { bytes, name, type } = downloaded();
    // every .xlsx is a zip: it starts with 'PK'
    expect(text((bytes as Uint8Array).slice(0, 2))).toBe('PK');
    expect(name).toMatch(/\.xlsx$/);
    expect(type).toContain('spreadsheetml');
  });

  it('writes the chart as SVG, framed by its escaped title and notes', async () => {
    await choose(/svg/i);
    const { bytes, name, type } = downloaded();
    const svg = bytes as string;
    expect(svg).toContain('<title>Herkomst &lt;2024&gt;</title>');
    expect(svg).toContain('Bron: test');
    expect(svg).toContain('<rect');
    expect(svg).not.toContain('class=');
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).toBeNull();
    expect(name).toMatch(/\.svg$/);
    expect(type).toMatch(/^image\/svg\+xml/);
  });

  it('draws the framed SVG at twice its size for the PNG', async () => {
    await choose(/png/i);
    expect(renderPng).toHaveBeenCalledTimes(1);
    const [svg, width, , scale] = vi.mocked(renderPng).mock.calls[0]!;
    expect(svg).toContain('<title>Herkomst &lt;2024&gt;</title>');
    // the 400-wide chart plus 16 px padding on either side
    expect(width).toBe(432);
    expect(scale).toBe(2);
    const { name, type } = downloaded();
    expect(name).toMatch(/\.png$/);
    expect(type).toBe('image/png');
  });

  it('says so, and downloads nothing, when the chart is missing', async () => {
    await choose(/svg/i, () => null);
    expect(downloadBytes).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toMatch(/grafiek is niet gevonden/i);
  });
});
