import { describe, expect, it } from 'vitest';
import { fireEvent, render, within } from '@testing-library/svelte';
import { DEMO_FUNNEL_STAGES, demoDataset, demoFlows, flowDataset, publish, type FlowStream, type PublishedCell, type PublishedTable } from '../../../src/core';
import { solver } from '../../unit/privacy/highs';
import WithFlows from './WithFlows.svelte';
import { benchmark } from '../analysis/fixtures';

const dataset = demoDataset();
const stock = publish(dataset, 'standard', solver);
const built = flowDataset(demoFlows(), 'herkomst', DEMO_FUNNEL_STAGES);
const flows = publish(built.dataset, 'standard', solver);
const show = (locale: 'nl' | 'en' = 'nl', table: PublishedTable = flows, streams: FlowStream[] = built.streams) =>
  render(WithFlows, { props: { dataset, stock, flows: table, streams, locale } });

/** The raw demo count of one funnel stage and origin in a period, summed over units (what a shown cell must equal). */
const raw = (period: string, stage: string, category: string) =>
  demoFlows()
    .filter((f) => f.kind === 'funnel' && f.period === period && f.stage === stage && f.category === category)
    .reduce((s, f) => s + f.count, 0);

describe('FlowsScreen with the demo', () => {
  it('shows the funnel of the latest period: four stages, each shown count equal to the demo sum', () => {
    const { getByTestId } = show();
    const rows = getByTestId('flows-funnel-table').querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-stage'))).toEqual(DEMO_FUNNEL_STAGES);
    let shown = 0;
    for (const row of rows) {
      for (const c of ['nederland', 'europa', 'buiten-europa']) {
        const text = row.querySelector(`td[data-category="${c}"]`)!.textContent!.trim();
        if (text.startsWith('af')) continue;
        shown++;
        expect(Number(text.replace(/\./g, ''))).toBe(raw('2024', row.getAttribute('data-stage')!, c));
      }
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('switches period', async () => {
    const { getByTestId, getByLabelText } = show();
    await fireEvent.change(getByLabelText('Periode'), { target: { value: '2022' } });
    expect(getByTestId('flows-funnel-figure').querySelector('figcaption')!.textContent).toBe('Werving per herkomst, 2022');
  });

  it('speaks English', () => {
    const { getByRole } = show('en');
    expect(getByRole('heading', { level: 2 }).textContent).toBe('Flows');
    expect(getByRole('heading', { level: 2 }).closest('section')!.textContent).toContain('Recruitment by origin, 2024');
  });

  it('shows the organisation’s funnel at the standard preset: flows are published for the whole organisation, never per unit', () => {
    const { getByTestId } = show();
    // 2024's smallest stage count is Europa's 18 hires (≥ 10) in stages of ≥ 50 people: all 12 shown.
    const cells = [...getByTestId('flows-funnel-table').querySelectorAll('tbody td[data-category]')].map((td) => td.textContent!.trim());
    expect(cells).toHaveLength(12);
    expect(cells.filter((t) => t.startsWith('af'))).toEqual([]);
    expect(flows.cells.some((c) => 'groep' in c.key)).toBe(false);
    expect(getByTestId('flows-rates-figure').querySelector('.summary')!.textContent).not.toBe('Er is te weinig gepubliceerd om de percentages te vergelijken.');
  });

  it('shows a hidden count as "afgeschermd", never 0', () => {
    // Europa's applicants of 2024 (273 at the standard preset) hidden in the table given.
    const hidden: PublishedTable = {
      ...flows,
      cells: flows.cells.map((c) =>
        c.category === 'europa' && c.key.periode === '2024' && c.key.stroom === 'werving 1 sollicitanten' && !('groep' in c.key)
          ? { ...c, value: null, reason: 'complementary' as const }
          : c,
      ),
    };
    const { getByTestId } = show('nl', hidden);
    const cell = getByTestId('flows-funnel-table').querySelector('tr[data-stage="sollicitanten"] td[data-category="europa"]')!;
    expect(cell.textContent!.replace(/\u00ad/g, '')).toBe('afgeschermd');
  });
});

// A flow table as publish() could give it for the whole organisation (every count shown), beside
// the demo's published stock: 2023 1208 / 164 / 436, 2024 1215 / 166 / 463.
const cells = (stroom: string, counts: [number, number, number]): PublishedCell[] => {
  const key = { periode: '2024', stroom };
  const cs = ['nederland', 'europa', 'buiten-europa'].map((category, i) => ({ key, category, value: counts[i]! }));
  return [...cs, { key, category: 'total', value: counts[0] + counts[1] + counts[2] }];
};
const streams: FlowStream[] = [
  { label: 'instroom', kind: 'in', order: 0 },
  { label: 'uitstroom', kind: 'out', order: 0 },
  { label: 'werving 1 sollicitanten', kind: 'funnel', stage: 'sollicitanten', order: 0 },
  { label: 'werving 2 gesprek', kind: 'funnel', stage: 'gesprek', order: 1 },
];
const full: PublishedTable = {
  rules: flows.rules,
  audit: { audited: true, primary: 3, complementary: 4 },
  cells: [
    ...cells('instroom', [60, 12, 28]),
    ...cells('uitstroom', [97, 20, 45]),
    ...cells('werving 1 sollicitanten', [100, 50, 50]),
    ...cells('werving 2 gesprek', [40, 15, 10]),
    { key: { periode: '2024' }, category: 'total', value: 1 },
  ],
};

describe('FlowsScreen reads numbers only from published tables', () => {
  it('never reads a count of the stock dataset', () => {
    const read: string[] = [];
    const groups = dataset.groups.map(
      (g) =>
        new Proxy(g, {
          get(target, prop, receiver) {
            if (prop === 'counts' || prop === 'total' || prop === 'detail') read.push(prop);
            return Reflect.get(target, prop, receiver) as unknown;
          },
        }),
    );
    const { container } = render(WithFlows, { props: { dataset: { ...dataset, groups }, stock, flows, streams: built.streams } });
    expect(read).toEqual([]);
    expect(container.querySelector('[data-testid=flows-funnel-table] td')?.textContent).toMatch(/\d/);
  });
});

describe('FlowsScreen with every count shown', () => {
  it('sets the hires beside the workforce and the benchmark, tests the difference and names the source (issue #18 item 3)', () => {
    const { getByTestId } = render(WithFlows, { props: { dataset, stock, flows: full, streams, benchmark } });
    const figure = getByTestId('flows-intake-figure');
    expect(figure.querySelector('figcaption')!.textContent).toBe('Instroom naast het personeelsbestand en de benchmark, 2024');
    // Hires 60 / 12 / 28 of 100; workforce 2023 1208 / 164 / 436 of 1808 = 66,8% / 9,1% / 24,1%;
    // benchmark 75 / 10 / 15%: against the workforce Nederland −6,8 pp is the largest, against the benchmark −15 pp.
    expect(figure.querySelector('.summary')!.textContent).toBe(
      'Van de instroom is 60,0% Nederland, tegen 66,8% van het personeelsbestand in 2023. Tegen de benchmark wijkt Nederland het meest af: 60,0% van de instroom, 75,0% in de benchmark.',
    );
    const row = (c: string) => [...figure.querySelectorAll(`tr[data-category="${c}"] td`)].map((td) => td.textContent!.trim());
    expect(row('buiten-europa').slice(-2)).toEqual(['15,0%', '+13,0']);
    // Pearson against 75 / 10 / 15 expected: 3 + 0,4 + 11,267 = 14,667, df 2: p = e^−7,333 = 0,00065
    expect(getByTestId('flows-intake-test').textContent).toBe('Verschil tussen de instroom en de benchmark over alle herkomstgroepen: p < 0,001.');
    expect(figure.querySelectorAll('svg.chart .legend, .legend li').length).toBeGreaterThan(0);
    expect(getByTestId('benchmark-source')).not.toBeNull();
  });

  it('has no benchmark columns without a benchmark', () => {
    const { getByTestId, queryByTestId } = show('nl', full, streams);
    const figure = getByTestId('flows-intake-figure');
    expect(figure.querySelector('figcaption')!.textContent).toBe('Instroom naast het personeelsbestand, 2024');
    expect(figure.querySelectorAll('thead th')).toHaveLength(5);
    expect(queryByTestId('flows-intake-test')).toBeNull();
  });

  it('says where the share drops in one sentence', () => {
    const { getByTestId } = show('nl', full, streams);
    // Buiten Europa: 50 / 200 = 25,0% of applicants, 10 / 65 = 15,4% of interviews (Europa: 25,0% → 23,1%).
    expect(getByTestId('flows-funnel-figure').querySelector('.summary')!.textContent).toBe(
      'Het aandeel Buiten Europa daalt het sterkst van sollicitanten naar gesprek: van 25,0% naar 15,4%.',
    );
  });

  it('draws pass rates with whiskers and the four-fifths mark, and flags who falls below it', () => {
    const { getByTestId } = show('nl', full, streams);
    const figure = getByTestId('flows-rates-figure');
    // 40/100, 15/50, 10/50: ratios 1, 0,75, 0,50; the mark at 0,8 × 40% = 32%.
    expect(figure.querySelector('.summary')!.textContent).toBe(
      'Buiten Europa haalt 20,0%, 0,50 keer het percentage van Nederland (40,0%): onder de vier-vijfdegrens.',
    );
    expect(figure.querySelectorAll('svg.chart .whisker')).toHaveLength(3);
    expect(figure.querySelector('.benchmark-value')?.textContent).toBe('vier vijfde van Nederland');
    const below = (c: string) => figure.querySelector(`tr[data-category="${c}"] td:nth-of-type(6)`)?.textContent;
    expect([below('nederland'), below('europa'), below('buiten-europa')]).toEqual(['nee', 'ja', 'ja']);
    // 20/100 Wilson 95%: no; 40/100: [30,9% – 49,8%]
    expect(figure.querySelector('tr[data-category="nederland"] td:nth-of-type(4)')?.textContent).toBe('30,9% – 49,8%');
  });

  it('gives leaver rates against the average stock, without the four-fifths mark', async () => {
    const { getByTestId, getByLabelText } = show('nl', full, streams);
    await fireEvent.change(getByLabelText('Maat'), { target: { value: 'out' } });
    const figure = getByTestId('flows-rates-figure');
    expect(figure.querySelector('figcaption')!.textContent).toBe('Uitstroom per herkomst, 2024');
    expect(figure.querySelector('.benchmark')).toBeNull();
    // Nederland 97 ÷ (1208 + 1215)/2 = 8,0%; Europa 20 ÷ 165 = 12,1%, ratio 0,12121 / 0,08007 = 1,51.
    expect(figure.querySelector('.summary')!.textContent).toBe('Europa (excl. Nederland) vertrekt het vaakst: 12,1%, 1,51 keer het percentage van Nederland (8,0%).');
  });
});
