import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import WithSettings from '../WithSettings.svelte';
import FlowTargetsNote from '../../../src/components/analysis/FlowTargetsNote.svelte';
import type { FlowTargets } from '../../../src/core/views/analysis';
import { loadMessages } from '../../../src/i18n/translate';

type Props = ComponentProps<typeof FlowTargetsNote>;
const labels = { nederland: 'Nederland', europa: 'Europa', 'buiten-europa': 'Buiten Europa' };
const rates = { stock: {}, intakeMix: {}, leaverRate: {}, hireRate: 0.12 };
const ok: FlowTargets = {
  ok: true,
  period: '2024',
  rates,
  rows: [
    { category: 'buiten-europa', target: 0.14, shareInTargetYear: 0.173, reachedYear: 2025 },
    { category: 'nederland', target: 0.8, shareInTargetYear: 0.7061, reachedYear: null },
  ],
};
const show = async (result: FlowTargets, locale: 'nl' | 'en' = 'nl') => {
  await loadMessages(['trendsTargets']);
  return render(WithSettings<Props>, { props: { component: FlowTargetsNote, props: { result, labels, targetYear: 2026 }, locale } });
};

describe('FlowTargetsNote', () => {
  it('says per target when the observed intake mix reaches it, or where it ends', async () => {
    const { getByTestId } = await show(ok);
    const items = [...getByTestId('flow-targets').querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(items).toEqual([
      'Met de instroommix van 2024 haalt u in 2025 een aandeel van 14,0% met herkomst Buiten Europa.',
      'Met de instroommix van 2024 komt het aandeel met herkomst Nederland in 2026 op 70,6%: minder dan het streefcijfer van 80,0%.',
    ]);
    expect(getByTestId('flow-targets').textContent).toContain('een instroom van 12,0% van het personeel');
  });

  it('speaks English', async () => {
    const { getByTestId } = await show(ok, 'en');
    expect(getByTestId('flow-targets').querySelector('li')?.textContent?.trim()).toBe(
      'With the intake mix of 2024 you reach a share of 14.0% with origin Buiten Europa in 2025.',
    );
  });

  it('says why the assumed turnover is used when counts are hidden, and nothing without flows', async () => {
    const hidden = await show({ ok: false, reason: 'hidden', period: '2024' });
    expect(hidden.getByTestId('flow-targets').textContent).toBe(
      'De in- en uitstroom van 2024 is deels afgeschermd, dus hierboven is met een aangenomen verloop gerekend.',
    );
    hidden.unmount();
    const none = await show({ ok: false, reason: 'no-flows' });
    expect(none.queryByTestId('flow-targets')).toBeNull();
    none.unmount();
    // Flows but no streefcijfer: nothing to say yet.
    const noTarget = await show({ ...ok, rows: [] });
    expect(noTarget.queryByTestId('flow-targets')).toBeNull();
  });
});
