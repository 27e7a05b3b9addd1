import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import WithReport from './WithReport.svelte';
import EmbedScreen from '../../../src/components/embed/EmbedScreen.svelte';
import type { Dataset } from '../../../src/core/types';

// 400 staff: 270 / 60 / 70.
const dataset: Dataset = {
  scheme: 'herkomst',
  dimensions: [],
  groups: [{ key: {}, total: 400, counts: { nederland: 270, europa: 60, 'buiten-europa': 70 } }],
};

function renderEmbed(demo: boolean) {
  return render(WithReport, { props: { component: EmbedScreen, dataset, profile: { name: '', sector: '', region: '' }, demo } });
}

describe('EmbedScreen', () => {
  it('carries the page heading and the overview figure with its table', async () => {
    const { container } = renderEmbed(false);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(container.querySelectorAll('rect.bar')).toHaveLength(3));
    // 270 of 400 = 67,5%
    expect(container.querySelector('tr[data-category="nederland"] td[data-share]')?.textContent?.trim()).toBe('67,5%');
    expect(container.querySelector('.demo')).toBeNull();
  });

  it('says that a demo is fictional', async () => {
    renderEmbed(true);
    expect(await screen.findByText(/fictieve demo-organisatie/)).toBeInTheDocument();
  });
});
