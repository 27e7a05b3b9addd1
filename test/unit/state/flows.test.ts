import { describe, expect, it } from 'vitest';
import { FlowState, demoShownFlows } from '../../../src/state/flows.svelte';
import { PublishClient } from '../../../src/workers/publishClient';

// No Worker here: the client publishes in-line, as in old browsers.
describe('FlowState', () => {
  it('publishes the demo flows and keeps only the audited table with its streams', async () => {
    const state = new FlowState(new PublishClient());
    const done = state.update(demoShownFlows(), 'standard');
    expect(state.status).toBe('computing');
    expect(state.table).toBeNull();
    await done;
    expect(state.status).toBe('ok');
    expect(state.table?.audit?.audited).toBe(true);
    // Streams: instroom, the promotion steps, uitstroom, then the four funnel stages in order.
    expect(state.streams.map((s) => s.label).slice(-4)).toEqual(['werving 1 sollicitanten', 'werving 2 gesprek', 'werving 3 aanbod', 'werving 4 aangenomen']);
    // Promotions per scale step are under 50 people a year in the demo: hidden at the standard preset.
    expect(state.table!.cells.some((c) => c.key.stroom?.startsWith('doorstroom') && c.reason === 'group-too-small')).toBe(true);
  });

  it('shows nothing without flows, and a newer update wins over an older one', async () => {
    const state = new FlowState(new PublishClient());
    const older = state.update(demoShownFlows(), 'standard');
    await state.update(null, 'standard');
    await older;
    expect(state.status).toBe('none');
    expect(state.table).toBeNull();
  });

  it('builds the demo flows once, so the client reuses its table', () => {
    expect(demoShownFlows()).toBe(demoShownFlows());
  });
});
