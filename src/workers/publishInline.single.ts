import type { PresetId } from '../core/privacy';
import type { Dataset } from '../core/types';
import type { PublishedFlows } from '../core/flows';
import type { Published } from './publishProtocol';

/**
 * The single-file build publishes only in its (inlined) worker, which carries the solver; without
 * a worker nothing unaudited is shown: the disclosure state reports the failure instead.
 */
export async function publishInline(_dataset: Dataset, _preset: PresetId, _options?: unknown): Promise<Published> {
  throw new Error('This browser cannot start the worker that audits the published table.');
}

export async function publishFlowsInline(..._args: unknown[]): Promise<PublishedFlows> {
  throw new Error('This browser cannot start the worker that audits the published table.');
}
