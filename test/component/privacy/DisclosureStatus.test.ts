import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import DisclosureStatus from '../../../src/components/privacy/DisclosureStatus.svelte';
import type { PresetId, PublishedTable, PublishProgress } from '../../../src/core/privacy';
import type { Dataset } from '../../../src/core/types';
import { DisclosureState } from '../../../src/state/disclosure.svelte';
import type { Workspace } from '../../../src/state/workspace.svelte';
import type { PublishCall, PublishClient } from '../../../src/workers/publishClient';
import type { Published } from '../../../src/workers/publishProtocol';
import { record, renderWith, workspaceWith } from '../settings/setup';

/** A publish client under the test's control: it reports progress and settles when told to. */
class FakeClient {
  calls: PublishCall[] = [];
  #settle?: { resolve: (p: Published) => void; reject: (e: Error) => void };
  publish(_dataset: Dataset, _preset: PresetId, call: PublishCall = {}): Promise<Published> {
    this.calls.push(call);
    return new Promise((resolve, reject) => (this.#settle = { resolve, reject }));
  }
  progress(p: PublishProgress): void {
    this.calls.at(-1)?.onProgress?.(p);
  }
  finish(table: PublishedTable): void {
    this.#settle?.resolve({ table, warnings: [] });
  }
  cancel(): void {
    this.#settle?.reject(new Error('cancelled'));
  }
}

const rules = { groupMin: 50, cellMin: 10 };
const cells = [{ key: {}, category: 'total', value: 120 }];

async function setUp() {
  const workspace = await workspaceWith([record('d1', 'Personeel 2024')]);
  const client = new FakeClient();
  const disclosure = new DisclosureState(() => ({ store: workspace.store, datasetId: 'd1' }), client as unknown as PublishClient);
  Object.defineProperty(workspace, 'disclosure', { value: disclosure });
  const dataset = record('d1', 'Personeel 2024').dataset;
  workspace.shown = { id: 'd1', name: 'Personeel 2024', dataset, demo: false };
  renderWith(DisclosureStatus, workspace as Workspace, { locale: 'en' });
  const running = disclosure.update(dataset, 'standard');
  await waitFor(() => expect(client.calls).toHaveLength(1));
  return { workspace, client, disclosure, running };
}

describe('DisclosureStatus', () => {
  it('shows how far the audit is while it runs, with a Stop button', async () => {
    const { client } = await setUp();
    expect(screen.getByTestId('disclosure-cancel')).toHaveTextContent('Stop');
    client.progress({ round: 2, checked: 64, total: 1461 });
    await waitFor(() => expect(screen.getByTestId('disclosure-progress')).toHaveTextContent('Audit round 2: 64 of 1461 hidden cells checked.'));
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '64');
    // With several years, each audited on its own (publishByParts): which year, of how many.
    client.progress({ round: 1, checked: 0, total: 80, part: { year: '2023', index: 2, count: 3 } });
    await waitFor(() =>
      expect(screen.getByTestId('disclosure-progress')).toHaveTextContent('Year 2023 (2 of 3 years to audit). Audit round 1: 0 of 80 hidden cells checked.'),
    );
  });

  it('Stop leaves no figures and no half result: it says it stopped', async () => {
    const { disclosure, running } = await setUp();
    await fireEvent.click(screen.getByTestId('disclosure-cancel'));
    await running;
    expect(disclosure.table).toBeNull();
    expect(disclosure.audit).toBeNull();
    expect(screen.getByTestId('disclosure-problem')).toHaveAttribute('data-status', 'cancelled');
    expect(screen.queryByTestId('disclosure-audited')).toBeNull();
    expect(screen.queryByTestId('disclosure-cancel')).toBeNull();
  });

  it('an audited table says how many cells the rules hid and how many more protect them', async () => {
    const { client, disclosure, running } = await setUp();
    client.finish({ rules, cells, audit: { audited: true, primary: 7, complementary: 3 } });
    await running;
    expect(disclosure.table).not.toBeNull();
    expect(screen.getByTestId('disclosure-audited')).toHaveTextContent('7 cells hidden by the rules, 3 more to protect them');
  });

  it('a table whose audit did not pass is never shown', async () => {
    const { client, disclosure, running } = await setUp();
    client.finish({ rules, cells, audit: { audited: false, primary: 7, complementary: 3 } });
    await running;
    expect(disclosure.table).toBeNull();
    expect(screen.getByTestId('disclosure-problem')).toHaveAttribute('data-status', 'unprotected');
    expect(screen.queryByTestId('disclosure-audited')).toBeNull();
  });
});
