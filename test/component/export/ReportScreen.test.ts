import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import WithReport from './WithReport.svelte';
import ReportScreen from '../../../src/components/report/ReportScreen.svelte';
import ReportThresholds from '../../../src/components/report/ReportThresholds.svelte';
import ReportBenchmark from '../../../src/components/report/ReportBenchmark.svelte';
import ReportProfile from '../../../src/components/report/ReportProfile.svelte';
import type { BenchmarkTable, Dataset, OrganisationProfile } from '../../../src/core/types';
import type { PresetId } from '../../../src/core';
import type { Component } from 'svelte';

// One year, no other dimension: 400 staff, 270 / 60 / 70 (all above every threshold).
const dataset: Dataset = {
  scheme: 'herkomst',
  dimensions: ['jaar'],
  groups: [{ key: { jaar: '2024' }, total: 400, counts: { nederland: 270, europa: 60, 'buiten-europa': 70 } }],
};

const benchmark: BenchmarkTable = {
  id: 'test-national',
  scheme: 'herkomst',
  year: 2024,
  population: 'jobs',
  dimensions: [],
  title: { nl: 'Test', en: 'Test' },
  provenance: { kind: 'cbs', source: 'CBS StatLine 85477NED', tableId: '85477NED', url: 'https://opendata.cbs.nl/85477NED' },
  rows: [{ key: {}, shares: { nederland: 0.75, europa: 0.1, 'buiten-europa': 0.15 } }],
};

const profile: OrganisationProfile = { name: 'Gemeente X', sector: '', region: '', headcount: 400 };

function renderWith(component: Component, options: { preset?: PresetId; locale?: 'nl' | 'en'; withBenchmark?: boolean } = {}) {
  return render(WithReport, {
    props: {
      component,
      dataset,
      profile,
      benchmark: options.withBenchmark === false ? null : benchmark,
      preset: options.preset ?? 'standard',
      locale: options.locale ?? 'nl',
    },
  });
}

describe('report: thresholds in force', () => {
  it.each([
    // PRESETS: cbs 250 / 10, standard 50 / 10, internal 10 / 5
    ['cbs', 'CBS-barometer', '250 personen', '10 personen'],
    ['standard', 'Standaard', '50 personen', '10 personen'],
    ['internal', 'Intern', '10 personen', '5 personen'],
  ] as const)('%s: %s, groups %s, cells %s', async (preset, name, group, cell) => {
    const { container } = renderWith(ReportThresholds, { preset });
    const list = await screen.findByTestId('report-thresholds');
    expect(within(list).getByText(name)).toBeInTheDocument();
    expect(container.querySelector('[data-rule=group]')?.textContent).toBe(group);
    expect(container.querySelector('[data-rule=cell]')?.textContent).toBe(cell);
  });

  it('speaks English', async () => {
    const { container } = renderWith(ReportThresholds, { locale: 'en' });
    await screen.findByTestId('report-thresholds');
    expect(container.querySelector('[data-rule=group]')?.textContent).toBe('50 people');
  });
});

describe('report: benchmark provenance', () => {
  it('names the kind, the source, the table and the address as text', () => {
    renderWith(ReportBenchmark);
    const list = screen.getByTestId('report-benchmark');
    expect(list).toHaveAttribute('data-kind', 'cbs');
    const text = list.textContent ?? '';
    for (const part of ['CBS-cijfer', 'CBS StatLine 85477NED', '85477NED', 'https://opendata.cbs.nl/85477NED', 'heel Nederland (2024)']) {
      expect(text).toContain(part);
    }
    // the address is shown, never linked: the app makes no outside requests
    expect(list.querySelector('a')).toBeNull();
  });

  it('says when there is no benchmark', () => {
    renderWith(ReportBenchmark, { withBenchmark: false });
    expect(screen.queryByTestId('report-benchmark')).toBeNull();
    expect(screen.getByText(/geen benchmark beschikbaar/i)).toBeInTheDocument();
  });
});

describe('report: organisation profile', () => {
  it('shows the facts, with words for the choices left open', () => {
    renderWith(ReportProfile);
    const text = screen.getByTestId('report-profile').textContent ?? '';
    expect(text).toContain('Gemeente X');
    expect(text).toContain('alle sectoren');
    expect(text).toContain('heel Nederland');
    // 400 staff: 100 tot 500 werknemers
    expect(text).toContain('100 tot 500 werknemers');
    expect(text).toContain('herkomstland');
  });
});

describe('ReportScreen', () => {
  it('opens with a cover (organisation, reference date, benchmark, date) and the key findings', async () => {
    const { container } = renderWith(ReportScreen);
    await waitFor(() => expect(screen.getByTestId('report-findings').querySelectorAll('li').length).toBe(4));
    expect(screen.getByRole('heading', { level: 2, name: 'Gemeente X' })).toBeInTheDocument();
    const cover = screen.getByTestId('report-cover').textContent ?? '';
    expect(cover).toMatch(/Peildatum\s*2024/);
    expect(cover).toContain('heel Nederland (2024)');
    expect(screen.getByTestId('report-date').textContent).toMatch(/^\d{1,2} \w+ \d{4}$/);
    // 270 / 60 / 70 of 400 against 75 / 10 / 15%: nederland −7,5 pp, buiten-europa +2,5 pp,
    // europa +5,0 pp; the largest difference first, then the headcount
    const findings = [...screen.getByTestId('report-findings').querySelectorAll('li')].map((li) => li.textContent);
    expect(findings).toEqual([
      'Gemeente X heeft 67,5% medewerkers met herkomst Nederland, tegen 75,0% in de benchmark (−7,5 procentpunt).',
      'Gemeente X heeft 15,0% medewerkers met herkomst Europa (excl. Nederland), tegen 10,0% in de benchmark (+5,0 procentpunt).',
      'Gemeente X heeft 17,5% medewerkers met herkomst Buiten Europa, tegen 15,0% in de benchmark (+2,5 procentpunt).',
      'De cijfers betreffen 400 medewerkers.',
    ]);
    // the cover and the findings come before the first view, the appendix after the last
    const order = [...container.querySelectorAll('[data-testid=report-cover], [data-testid=report-findings], .report-view, [data-testid=report-appendix]')]
      .map((e) => e.getAttribute('data-testid') ?? 'view');
    expect(order[0]).toBe('report-cover');
    expect(order[1]).toBe('report-findings');
    expect(order.at(-1)).toBe('report-appendix');
  });

  it('puts the profile, the benchmark\'s source and method, the thresholds and the definitions in the appendix', async () => {
    renderWith(ReportScreen);
    const appendix = await screen.findByTestId('report-appendix');
    await waitFor(() => expect(within(appendix).getByTestId('report-thresholds')).toBeInTheDocument());
    for (const id of ['report-profile', 'report-benchmark']) expect(within(appendix).getByTestId(id)).toBeInTheDocument();
    expect(within(appendix).getByRole('heading', { name: 'Definities' })).toBeInTheDocument();
    expect(appendix.textContent).toContain('Representatie-index: aandeel gedeeld door benchmark');
  });

  it('shows the overview with its table', async () => {
    const { container } = renderWith(ReportScreen);
    await waitFor(() => expect(container.querySelector('[data-testid=comparison]')).not.toBeNull());
    // 270 of 400 = 67,5%
    expect(container.querySelector('[data-testid=comparison] tr[data-category="nederland"] td[data-share]')?.textContent?.trim()).toBe('67,5%');
    expect(container.querySelector('[data-testid=comparison] table caption')).not.toBeNull();
  });

  it('prints through the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWith(ReportScreen);
    await fireEvent.click(screen.getByRole('button', { name: /afdrukken/i }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
