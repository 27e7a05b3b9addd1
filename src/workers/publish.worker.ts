/// <reference lib="webworker" />
import type { LpSolver, PublishProgress } from '../core/privacy';
import { publishDataset, publishFlowsDataset } from './publishDataset';
import type { PublishRequest, PublishResponse } from './publishProtocol';
import { loadPublishSolver } from './publishSolverLoader';

// Disclosure control can take a while on tables with many small cells (its exact audit solves
// linear programs with HiGHS), so it runs here and the page stays responsive.
const scope = self as unknown as DedicatedWorkerGlobalScope;

// Loaded once, on the first dataset that needs an audit (the demo's patterns are precomputed).
let solver: Promise<LpSolver> | undefined;
const loadSolver = () => (solver ??= loadPublishSolver());

scope.onmessage = async (event: MessageEvent<PublishRequest>) => {
  const request = event.data;
  const id = request.id;
  // A few progress messages per round at most: the main thread only redraws a bar.
  const onProgress = (progress: PublishProgress) => scope.postMessage({ id, progress } satisfies PublishResponse);
  try {
    const response: PublishResponse =
      request.kind === 'flows'
        ? { id, flows: await publishFlowsDataset(request.stocks, request.flows, request.stages, request.preset, loadSolver, { kept: request.kept, onProgress }) }
        : { id, ...(await publishDataset(request.dataset, request.preset, loadSolver, { kept: request.kept, onProgress })) };
    scope.postMessage(response);
  } catch (error) {
    const response: PublishResponse = { id, error: error instanceof Error ? error.message : String(error) };
    scope.postMessage(response);
  }
};
