import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor, within } from '@testing-library/svelte';
import { DEMO_FUNNEL_STAGES, demoDataset, demoFlows, flowDataset, publish, type PublishedTable } from '../../../src/core';
import { solver } from '../../unit/privacy/highs';
import { downloadBytes } from '../../../src/state/downloads';
import WithFlows from './WithFlows.svelte';

vi.mock('../../../src/state/downloads', async (original) => ({
  ...(await original<typeof import('../../../src/state/downloads')>()),
  downloadBytes: vi.fn(),
}));

// A flow figure's exports state the audit of the flow table its numbers come from, not the staff
// table's: the two tables are protected apart (and the flows with their links to the staff).
const dataset = demoDataset();
const stock = publish(dataset, 'standard', solver);
const built = flowDataset(demoFlows(), 'herkomst', DEMO_FUNNEL_STAGES);
const published = publish(built.dataset, 'standard', solver);
// Audit counts no real table of the demo has, so that the note can only come from this table.
const flows: PublishedTable = { ...published, audit: { audited: true, primary: 917, complementary: 313 } };

describe('a flow figure’s export notes', () => {
  it('give the flow table’s audit', async () => {
    expect(stock.audit!.primary).not.toBe(917);
    const { getByTestId } = render(WithFlows, { props: { dataset, stock, flows, streams: built.streams } });
    const figure = within(getByTestId('flows-funnel-figure'));
    await fireEvent.click(await figure.findByRole('button', { name: /exporteren/i }, { timeout: 5000 }));
    await fireEvent.click(figure.getByRole('button', { name: /Nederlandse Excel/i }));
    await waitFor(() => expect(downloadBytes).toHaveBeenCalledTimes(1));
    const csv = new TextDecoder().decode(vi.mocked(downloadBytes).mock.calls[0]![0] as Uint8Array);
    expect(csv).toContain('917 cellen verborgen door de regels, 313 extra om die te beschermen.');
  });
});
