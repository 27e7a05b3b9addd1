import { describe, expect, it, vi } from 'vitest';
import { publishFlows } from '../../../src/core/flows/publishFlows';
import type { FlowCount } from '../../../src/core/flows/types';
import type { Dataset } from '../../../src/core/types';
import type { LpSolver, PublishProgress } from '../../../src/core/privacy';
import { demoDataset, demoFlows } from '../../../src/core/demo';
import { solver } from '../privacy/highs';
import { clientWith, inlineWorker } from '../privacy/inlineWorker';

// The publish worker's flows request, end to end through PublishClient: the real worker module runs
// in-line behind a stand-in Worker (inlineWorker.ts), as the page runs it.

// One organisation, two years: nederland 500 + 60 − 40 = 520, europa 100 + 8 − 12 = 96,
// buiten-europa 200 + 25 − 20 = 205 (the case of publishFlows.test.ts).
const stocks: Dataset = {
  scheme: 'herkomst',
  dimensions: ['jaar'],
  groups: [
    { key: { jaar: '2023' }, total: 800, counts: { nederland: 500, europa: 100, 'buiten-europa': 200 } },
    { key: { jaar: '2024' }, total: 821, counts: { nederland: 520, europa: 96, 'buiten-europa': 205 } },
  ],
};
const flow = (kind: 'in' | 'out', category: string, count: number): FlowCount => ({ kind, period: '2024', group: '', category, count });
const flows = [flow('in', 'nederland', 60), flow('in', 'europa', 8), flow('in', 'buiten-europa', 25), flow('out', 'nederland', 40), flow('out', 'europa', 12), flow('out', 'buiten-europa', 20)];

describe('PublishClient.publishFlows', () => {
  it('publishes flows in the worker as publishFlows does, with progress, and remembers the result', async () => {
    const { worker, requests } = await inlineWorker();
    const client = await clientWith(worker);
    const progress: PublishProgress[] = [];
    const result = await client.publishFlows(stocks, flows, [], 'standard', { onProgress: (p) => progress.push(p) });
    const expected = publishFlows({ stocks, flows, rules: 'standard', solver });
    expect(result).toEqual(expected);
    // The link pins the 8 European hires unless europa of 2024 is hidden too (publishFlows.test.ts).
    expect(result.audit).toMatchObject({ audited: true, links: 3 });
    expect(progress.length).toBeGreaterThan(0);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ kind: 'flows', preset: 'standard', stages: [] });
    // Asked again: the same answer without another request; another preset is another request.
    expect(await client.publishFlows(stocks, flows, [], 'standard')).toBe(result);
    await client.publishFlows(stocks, flows, [], 'internal');
    expect(requests).toHaveLength(2);
  });

  it('cancel() stops the worker: the pending flows reject and are not remembered', async () => {
    const { worker, requests } = await inlineWorker();
    worker.hold = true;
    const client = await clientWith(worker);
    const pending = client.publishFlows(stocks, flows, [], 'standard');
    client.cancel();
    await expect(pending).rejects.toThrow('cancelled');
    expect(worker.terminated).toBe(true);
    worker.hold = false;
    await expect(client.publishFlows(stocks, flows, [], 'standard')).resolves.toMatchObject({ audit: { audited: true } });
    expect(requests).toHaveLength(2);
  });

  it('publishes in-line where there are no workers (jsdom)', async () => {
    vi.resetModules();
    const { PublishClient } = await import('../../../src/workers/publishClient');
    const result = await new PublishClient().publishFlows(stocks, flows, [], 'standard');
    expect(result).toEqual(publishFlows({ stocks, flows, rules: 'standard', solver }));
  });
});

describe('publishFlowsDataset (the worker step)', () => {
  it("reuses the stock table's kept pattern: the stock audit does not run again", async () => {
    const { publishDataset, publishFlowsDataset } = await import('../../../src/workers/publishDataset');
    // Two demo units in 2023–2024 (Bestuursstaf is small: under 'internal' its stock cells are
    // hidden and a few of them need an LP, where moves settle the rest), with their flows of 2024.
    const units = ['Bedrijfsvoering', 'Bestuursstaf'];
    const corner: Dataset = { ...demoDataset(), groups: demoDataset().groups.filter((g) => units.includes(g.key.afdeling!) && g.key.jaar! >= '2023') };
    const cornerFlows = demoFlows().filter((f) => units.includes(f.group) && f.period === '2024');
    let models = 0;
    const counting: LpSolver = { model: (problem) => (models++, solver.model(problem)) };
    const first = await publishDataset(corner, 'internal', async () => counting);
    const stockModels = models;
    expect(stockModels).toBeGreaterThan(0);
    models = 0;
    const fresh = await publishFlowsDataset(corner, cornerFlows, [], 'internal', async () => counting);
    const freshModels = models;
    models = 0;
    const reused = await publishFlowsDataset(corner, cornerFlows, [], 'internal', async () => counting, { kept: first.keep });
    expect(reused).toEqual(fresh);
    // Without the kept table the stock audit runs again: exactly its models more.
    expect(freshModels - models).toBe(stockModels);
  });
});
