import { describe, expect, it, vi } from 'vitest';
import { solver } from './highs';
import { realisticTable } from './tables';
import { clientWith, inlineWorker } from './inlineWorker';
import { publishByParts, partKeys, publishKey, type PublishProgress } from '../../../src/core/privacy';
import type { PublishDatasetRequest } from '../../../src/workers/publishProtocol';

// Two years of 100 units × 25 levels: 5,000 groups, the size from which the client audits years at once.
const dataset = realisticTable(['jaar', 'afdeling', 'niveau'], [2, 100, 25], 7, 300);

// 5,000 groups per publish: more than the default 5 s on a busy machine.
describe('PublishClient: the years of a large dataset audited at once', { timeout: 60_000 }, () => {
  it('audits each year on its own worker, then has one worker put them side by side', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    const lead = await inlineWorker();
    const helper = await inlineWorker();
    const client = await clientWith(lead.worker, helper.worker);
    const progress: PublishProgress[] = [];
    const result = await client.publish(dataset, 'cbs', { onProgress: (p) => progress.push(p) });
    // The same table as one worker's publishByParts: the years are independent parts.
    expect(result.table).toEqual(publishByParts(dataset, 'cbs', solver).table);
    expect(result.table.audit?.audited).toBe(true);
    // One year each (jaar-0 on the lead, jaar-1 on the helper), then the whole on the lead with both
    // years kept: nothing is audited twice.
    const [years, whole] = [partKeys(dataset, 'cbs'), publishKey(dataset, 'cbs')];
    const requests = [...lead.requests, ...helper.requests] as PublishDatasetRequest[];
    expect(requests.map((r) => r.dataset.groups.length)).toEqual([2500, 5000, 2500]);
    expect(lead.requests[1]!.kept?.map((k) => k.key).sort()).toEqual([...years].sort());
    // Kept afterwards: the whole table and each year, each audited.
    expect(result.keep?.map((k) => k.key).sort()).toEqual([whole, ...years].sort());
    expect(result.keep?.every((k) => k.audit.audited)).toBe(true);
    // Progress names the year; the helper is ended once the years are done.
    expect(progress.some((p) => p.part?.year === 'jaar-1' && p.part.count === 2)).toBe(true);
    expect(helper.worker.terminated).toBe(true);
    expect(lead.worker.terminated).toBe(false);
  });

  it('keeps to one worker with one core, or for a small dataset', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 1 });
    const lead = await inlineWorker();
    const client = await clientWith(lead.worker);
    await client.publish(dataset, 'cbs');
    expect(lead.requests).toHaveLength(1);
    vi.stubGlobal('navigator', { hardwareConcurrency: 8 });
    // 4,000 groups: under the size from which helpers pay off.
    const small = realisticTable(['jaar', 'afdeling', 'niveau'], [2, 100, 20], 7, 300);
    await client.publish(small, 'cbs');
    expect(lead.requests).toHaveLength(2);
  });

  it('cancel() ends the helpers too', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    const lead = await inlineWorker();
    const helper = await inlineWorker();
    helper.worker.hold = true;
    const client = await clientWith(lead.worker, helper.worker);
    const pending = client.publish(dataset, 'standard');
    // The helper holds its year (the lead audits the other).
    await vi.waitFor(() => expect(helper.requests).toHaveLength(1));
    client.cancel();
    await expect(pending).rejects.toThrow('cancelled');
    expect(helper.worker.terminated).toBe(true);
    expect(lead.worker.terminated).toBe(true);
  });

  it('gives each run its own helpers, so one that ends cannot end another\'s', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    const lead = await inlineWorker();
    const first = await inlineWorker();
    const second = await inlineWorker();
    const client = await clientWith(lead.worker, first.worker, second.worker);
    // Two presets at once (the user switches while the first runs): each run's second year goes to its own helper.
    const results = await Promise.all([client.publish(dataset, 'cbs'), client.publish(dataset, 'standard')]);
    expect(results.map((r) => r.table.audit?.audited)).toEqual([true, true]);
    expect([first.requests.length, second.requests.length]).toEqual([1, 1]);
    expect([first.worker.terminated, second.worker.terminated]).toEqual([true, true]);
  });
});
