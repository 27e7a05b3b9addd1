import { describe, expect, it } from 'vitest';
import { solver } from './highs';
import { partKeys, publishKey, publishWithStats, yearParts, type LpSolver } from '../../../src/core/privacy';
import { createMemoryStore } from '../../../src/storage';
import { DisclosureState } from '../../../src/state/disclosure.svelte';
import { publishDataset } from '../../../src/workers/publishDataset';
import type { PublishClient, PublishCall } from '../../../src/workers/publishClient';
import type { Dataset } from '../../../src/core/types';
import type { PresetId } from '../../../src/core/privacy';
import { realisticTable } from './tables';

// "Done once" (issue 16 item 5): a published table is computed once per dataset × preset × rules,
// kept under a content key, and reused after a reload; a changed dataset never reuses it.

const dataset = realisticTable(['afdeling', 'niveau'], [5, 3], 16, 120);
const noSolver = () => Promise.reject(new Error('the audit ran again'));

function withOneMore(d: Dataset): Dataset {
  const [first, ...rest] = d.groups;
  return { ...d, groups: [{ ...first!, total: first!.total + 1, counts: { ...first!.counts, nederland: first!.counts.nederland! + 1 } }, ...rest] };
}

/** The worker's own step, in-line, with the given solver (the tests' HiGHS); recording what each call was given. */
class Recording {
  calls: PublishCall[] = [];
  constructor(readonly lp: LpSolver = solver) {}
  publish(d: Dataset, p: PresetId, call: PublishCall = {}) {
    this.calls.push(call);
    return publishDataset(d, p, async () => this.lp, call);
  }
  cancel() {}
}

describe('kept published tables', () => {
  it('the key changes with the content and the rules, not with the order of the rows', () => {
    const reversed = { ...dataset, groups: [...dataset.groups].reverse() };
    expect(publishKey(reversed, 'standard')).toBe(publishKey(dataset, 'standard'));
    expect(publishKey(dataset, 'internal')).not.toBe(publishKey(dataset, 'standard'));
    expect(publishKey(withOneMore(dataset), 'standard')).not.toBe(publishKey(dataset, 'standard'));
    // custom rules equal to a preset's are the same rules
    expect(publishKey(dataset, { groupMin: 50, cellMin: 10 })).toBe(publishKey(dataset, 'standard'));
  });

  it('a kept table is reused without running the audit, and gives exactly the same cells', async () => {
    const first = await publishDataset(dataset, 'standard', async () => solver);
    expect(first.table.audit?.audited).toBe(true);
    // No year dimension: the whole table is the only part, kept once.
    expect(first.keep?.map((k) => k.key)).toEqual([publishKey(dataset, 'standard')]);
    const again = await publishDataset(dataset, 'standard', noSolver, { kept: first.keep });
    expect(again.table).toEqual(first.table);
    // nothing new to keep: it was reused
    expect(again.keep).toBeUndefined();
  });

  it('a changed dataset or other rules never reuse it: the audit runs', async () => {
    const first = await publishDataset(dataset, 'standard', async () => solver);
    await expect(publishDataset(withOneMore(dataset), 'standard', noSolver, { kept: first.keep })).rejects.toThrow('the audit ran again');
    await expect(publishDataset(dataset, 'internal', noSolver, { kept: first.keep })).rejects.toThrow('the audit ran again');
    // even a kept record under the right key whose pattern does not fit is refused
    const wrong = [{ key: first.keep![0]!.key, pattern: first.keep![0]!.pattern.replace(/5/g, '0') }];
    await expect(publishDataset(dataset, 'standard', noSolver, { kept: wrong })).rejects.toThrow('the audit ran again');
  });

  it('the disclosure state keeps a saved dataset’s table in storage and a reload reuses it', async () => {
    const store = createMemoryStore();
    // A table is kept only for a dataset that is stored.
    await store.saveDataset({ id: 'd1', name: 'Test', savedAt: '2026-12-06T10:00:00.000Z', dataset });
    const before = new Recording();
    const first = new DisclosureState(() => ({ store, datasetId: 'd1' }), before as unknown as PublishClient);
    await first.update(dataset, 'standard');
    expect(first.table?.audit?.audited).toBe(true);
    expect(before.calls[0]?.kept).toEqual([]);
    await vi_waitForSaved(store, publishKey(dataset, 'standard'));
    // A reload: a new state and client; the table comes from storage.
    const after = new Recording();
    const second = new DisclosureState(() => ({ store, datasetId: 'd1' }), after as unknown as PublishClient);
    await second.update(dataset, 'standard');
    expect(after.calls[0]?.kept?.map((k) => k.key)).toEqual([publishKey(dataset, 'standard')]);
    expect(second.table).toEqual(first.table);
    // Deleting the dataset deletes its kept table.
    await store.deleteDataset('d1');
    expect(await store.loadPublished(publishKey(dataset, 'standard'))).toEqual({ ok: true, value: undefined });
  }, 60_000);

  it('a saved dataset with years keeps each year too: after an edit, only the edited year is audited', async () => {
    const store = createMemoryStore();
    const years = realisticTable(['jaar', 'afdeling', 'niveau'], [3, 5, 3], 17, 120);
    await store.saveDataset({ id: 'y', name: 'Years', savedAt: '2026-12-06T10:00:00.000Z', dataset: years });
    let models = 0;
    const counting: LpSolver = { model: (problem) => (models++, solver.model(problem)) };
    const state = new DisclosureState(() => ({ store, datasetId: 'y' }), new Recording(counting) as unknown as PublishClient);
    await state.update(years, 'internal');
    expect(state.table?.audit?.audited).toBe(true);
    // Kept: the whole table and each of its three years.
    const [y0, y1, y2] = partKeys(years, 'internal');
    for (const key of [publishKey(years, 'internal'), y0!, y1!, y2!]) await vi_waitForSaved(store, key);

    // One more person in the first group of jaar-1 (withOneMore edits the first group: sort it first).
    const groups = [...years.groups].sort((a, b) => (a.key.jaar === 'jaar-1' ? -1 : 0) - (b.key.jaar === 'jaar-1' ? -1 : 0));
    const edited = withOneMore({ ...years, groups });
    const keys = partKeys(edited, 'internal');
    expect([keys[0] === y0, keys[1] === y1, keys[2] === y2]).toEqual([true, false, true]);
    const recording = new Recording(counting);
    const next = new DisclosureState(() => ({ store, datasetId: 'y' }), recording as unknown as PublishClient);
    models = 0;
    await next.update(edited, 'internal');
    // The state found no whole table for the edited content, so it handed the worker the kept years.
    expect(recording.calls[0]?.kept?.map((k) => k.key).sort()).toEqual([y0!, y2!].sort());
    expect(next.table).toEqual(publishWithStats(edited, 'internal', solver).table);
    expect(next.table?.audit?.audited).toBe(true);
    // Only jaar-1 was audited: the models built are those of one year, not three.
    const oneYear = models;
    models = 0;
    publishWithStats(yearParts(edited)[1]!, 'internal', counting);
    expect(oneYear).toBe(models);
    expect(oneYear).toBeGreaterThan(0);
  }, 60_000);
});

async function vi_waitForSaved(store: ReturnType<typeof createMemoryStore>, key: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const r = await store.loadPublished(key);
    if (r.ok && r.value) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('not saved');
}
