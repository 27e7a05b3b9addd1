import type { PresetId } from '../core/privacy';
import type { Dataset } from '../core/types';
import type { FlowCount, PublishedFlows } from '../core/flows';
import type { Published } from './publishProtocol';
import type { PublishOptions } from './publishDataset';

/**
 * publish without a worker (tests, a browser that refuses workers): loaded only then, so the
 * solver stays out of the page's own bundle. The single-file build swaps this module for
 * publishInline.single.ts, so the file does not carry a second copy of the solver.
 */
export async function publishInline(dataset: Dataset, preset: PresetId, options?: PublishOptions): Promise<Published> {
  const [{ publishDataset }, { loadPublishSolver }] = await Promise.all([import('./publishDataset'), import('./publishSolverLoader')]);
  return publishDataset(dataset, preset, loadPublishSolver, options);
}

/** publishFlowsDataset without a worker, loaded the same way. */
export async function publishFlowsInline(
  stocks: Dataset,
  flows: readonly FlowCount[],
  stages: readonly string[],
  preset: PresetId,
  options?: PublishOptions,
): Promise<PublishedFlows> {
  const [{ publishFlowsDataset }, { loadPublishSolver }] = await Promise.all([import('./publishDataset'), import('./publishSolverLoader')]);
  return publishFlowsDataset(stocks, flows, stages, preset, loadPublishSolver, options);
}
