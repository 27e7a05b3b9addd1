import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import BenchmarksScreen from '../../../src/components/benchmarks/BenchmarksScreen.svelte';
import ProfilePanel from '../../../src/components/ProfilePanel.svelte';
import { parseBenchmarkTable, parseRegionalTrend } from '../../../src/core';
import { parseCbsRegions } from '../../../src/core/reference/cbsRegion';
import type { BenchmarkTable } from '../../../src/core/types';
import { entryFor, renderWith } from './setup';

const dir = join(__dirname, '../../../public/benchmarks');
const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const table = (id: string): BenchmarkTable => {
  const parsed = parseBenchmarkTable(read(`${id}.json`));
  if (!parsed.ok) throw new Error(id);
  return parsed.table;
};
const REGIONAL = table('cbs-85512NED-2021');
const NATIONAL_2024 = table('cbs-85456NED-2024');

describe('real regional benchmarks in the profile', () => {
  it('offers municipalities from CBS\'s regional table and compares with the chosen one, said to be real and to count residents', async () => {
    const { workspace } = await renderWith(ProfilePanel, { tables: [REGIONAL, NATIONAL_2024], profile: { name: 'Gemeente', sector: '', region: '' } });
    workspace.benchmarks.regions = parseCbsRegions(read('regions.json'));
    const select = document.querySelector<HTMLSelectElement>('#region')!;
    const groups = [...select.querySelectorAll('optgroup')].map((g) => g.label);
    await waitFor(() => expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).toContain('Gemeenten'));
    expect(groups.slice(0, 2)).toEqual(["Arbeidsmarktregio's", 'Provincies']);
    await fireEvent.change(select, { target: { value: 'GM:Amsterdam' } });
    expect(workspace.profile.region).toBe('GM:Amsterdam');
    // the demo dataset is of a later year: CBS's 2021 regional figure is used, and said so
    await waitFor(() => expect(screen.getByTestId('current-label').textContent).toBe('regio Amsterdam (2021)'));
    const source = screen.getByTestId('benchmark-source');
    expect(source).toHaveAttribute('data-kind', 'cbs');
    expect(within(source).getByTestId('benchmark-counts').textContent).toBe(
      'echt CBS-cijfer; telt personen met werk naar woonplaats (werkzame beroepsbevolking, 15 tot 75 jaar), niet banen bij de werkgever',
    );
    expect(source.textContent).toContain('Bron benchmark: CBS, StatLine 85512NED (Arbeidsdeelname; herkomst, regio), CC BY 4.0');
  });

  it('shows the region\'s own trend from 86008NED beside the benchmark', async () => {
    const { workspace } = await renderWith(ProfilePanel, { tables: [REGIONAL, NATIONAL_2024], profile: { name: 'X', sector: '', region: 'AM18' } });
    workspace.benchmarks.trend = parseRegionalTrend(read('trend-86008NED.json'));
    const trend = await screen.findByTestId('benchmark-trend');
    expect(trend.querySelector('caption')?.textContent).toContain('Groot Amsterdam');
    // Groot Amsterdam (AM): 39.8% not of Dutch origin in 2014, 51.2% in 2023
    const cells = [...trend.querySelectorAll('tr:last-child td')].map((td) => td.textContent);
    expect([cells[0], cells.at(-1)]).toEqual(['39,8%', '51,2%']);
  });
});

describe('the import guide', () => {
  it('says which StatLine table to download for which benchmark, and which filters to set', async () => {
    await renderWith(BenchmarksScreen, {});
    const guide = await screen.findByTestId('cbs-import-guide');
    const rows = [...guide.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows.map((r) => r[1])).toEqual([
      '85456NED Arbeidsdeelname; herkomst',
      '85512NED Arbeidsdeelname; herkomst, regio',
      '82809NED Arbeidsdeelname; migratieachtergrond',
      '86008NED Arbeidsdeelname; gemeenten',
      'Geen openbare StatLine-tabel',
    ]);
    expect(rows[1]?.[2]).toContain('Herkomstland: Totaal, Nederland, Europa (exclusief Nederland), Buiten Europa');
  });
});

describe('the benchmark for the top', () => {
  it('puts the top level beside the top 10% of annual wages in the profile\'s sector, saying it is modelled and counts jobs', async () => {
    const wage = table('herkomst-2024-sector-wage');
    const { default: TopBenchmarkHost } = await import('./TopBenchmarkHost.svelte');
    await renderWith(TopBenchmarkHost, { tables: [wage], manifest: [entryFor(wage)], profile: { name: 'X', sector: 'O', region: '' } });
    const section = await screen.findByTestId('top-benchmark');
    await waitFor(() => expect(section.querySelector('caption')?.textContent).toContain('de 10% banen met de hoogste jaarlonen'));
    // the bundled cell O × top10, shown next to the top level's 60,0%
    const top = wage.rows.find((r) => r.key.sector === 'O' && r.key.wageClass === 'top10')!;
    const firstRow = [...section.querySelectorAll('tbody tr:first-child td')].map((td) => td.textContent);
    expect(firstRow).toEqual(['60,0%', `${(Math.round(top.shares.nederland! * 1000) / 10).toFixed(1).replace('.', ',')}%`]);
    expect(within(section).getByTestId('benchmark-counts').textContent).toMatch(/^gemodelleerd \(illustratief\), geen CBS-cijfer; telt banen van werknemers/);
  });

  it('names its cell in the language chosen, also after a switch (src/i18n words the codes O × top10)', async () => {
    const wage = table('herkomst-2024-sector-wage');
    const { default: TopBenchmarkHost } = await import('./TopBenchmarkHost.svelte');
    const { settings } = await renderWith(TopBenchmarkHost, { tables: [wage], manifest: [entryFor(wage)], profile: { name: 'X', sector: 'O', region: '' } });
    const caption = async () => (await screen.findByTestId('top-benchmark')).querySelector('caption')?.textContent ?? '';
    // SBI O and the wage class top10 by their reference names, with the table's year
    await waitFor(async () => expect(await caption()).toContain('sector O Openbaar bestuur en overheidsdiensten, uurloonklasse Top 10% jaarlonen (2024)'));
    settings.locale = 'en';
    await waitFor(async () => expect(await caption()).toContain('sector O Public administration and services, hourly-wage class Top 10% of annual wages (2024)'));
    // the profile's own benchmark (sector O, no region or size) is worded again too
    expect(screen.getByTestId('current-label').textContent).toBe('sector O Public administration and services (2024)');
  });
});

describe('the benchmark by age', () => {
  it('lists every age band under a grouping by age, with the real national row\'s source and what it counts', async () => {
    const age = table('herkomst-2024-age');
    const { default: AgeBenchmarksHost } = await import('./AgeBenchmarksHost.svelte');
    await renderWith(AgeBenchmarksHost, { tables: [age], manifest: [entryFor(age)], profile: { name: 'X', sector: '', region: '' } });
    const section = await screen.findByTestId('age-benchmarks');
    await waitFor(() => expect(section.querySelectorAll('tbody tr')).toHaveLength(6));
    expect([...section.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['15 tot 25 jaar', '25 tot 35 jaar', '35 tot 45 jaar', '45 tot 55 jaar', '55 tot 65 jaar', '65 tot 75 jaar']);
    // the herkomst age table is modelled and counts persons by residence
    expect(within(section).getByTestId('benchmark-counts').textContent).toContain('gemodelleerd (illustratief), geen CBS-cijfer; telt personen met werk naar woonplaats');
  });
});
