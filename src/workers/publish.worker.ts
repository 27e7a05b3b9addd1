/// <reference lib="webworker" />
import { publishDataset } from './publishDataset';
import type { PublishRequest, PublishResponse } from './publishProtocol';

// Disclosure control can take a while on tables with many small cells (its exact audit solves
// linear programs), so it runs here and the page stays responsive.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PublishRequest>) => {
  const { id, dataset, preset } = event.data;
  const response: PublishResponse = { id, ...publishDataset(dataset, preset) };
  scope.postMessage(response);
};
