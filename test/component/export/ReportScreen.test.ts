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
  it('shows the date, the three fact sections and the overview with its table', async () => {
    const { container } = renderWith(ReportScreen);
    await waitFor(() => expect(container.querySelector('[data-testid=comparison]')).not.toBeNull());
    expect(screen.getByRole('heading', { level: 2, name: 'Rapport' })).toBeInTheDocument();
    expect(screen.getByTestId('report-date').textContent).toMatch(/^Datum: \d{1,2} \w+ \d{4}$/);
    for (const id of ['report-profile', 'report-benchmark', 'report-thresholds']) expect(screen.getByTestId(id)).toBeInTheDocument();
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
