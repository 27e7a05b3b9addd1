import { afterEach, vi } from 'vitest';
import type { PublishRequest, PublishResponse } from '../../../src/workers/publishProtocol';

// The publish worker end to end through PublishClient: the real worker module runs in-line behind
// a stand-in Worker (messages cloned as postMessage would), as the page runs it.

type Listener = (event: MessageEvent<PublishResponse>) => void;

/** A Worker whose scope is the real publish.worker.ts module; `hold` keeps requests until released. */
export async function inlineWorker() {
  const listeners: Listener[] = [];
  const scope = {
    onmessage: null as null | ((event: { data: PublishRequest }) => Promise<void>),
    postMessage: (data: PublishResponse) => queueMicrotask(() => listeners.forEach((l) => l({ data: structuredClone(data) } as MessageEvent<PublishResponse>))),
  };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('../../../src/workers/publish.worker');
  const requests: PublishRequest[] = [];
  const worker = {
    terminated: false,
    hold: false,
    addEventListener: (_: 'message', listener: Listener) => listeners.push(listener),
    postMessage(request: PublishRequest) {
      requests.push(structuredClone(request));
      if (!this.hold) void scope.onmessage!({ data: requests.at(-1)! });
    },
    terminate() {
      this.terminated = true;
    },
  };
  return { worker, requests };
}

/** A PublishClient whose workers are `workers`, handed out in order as it starts them (the last one again after that). */
export async function clientWith(...workers: object[]) {
  // jsdom has no Worker: the client would publish in-line without one.
  vi.stubGlobal('Worker', class {});
  let next = 0;
  vi.doMock('../../../src/workers/workerFactories', () => ({ createPublishWorker: () => workers[Math.min(next++, workers.length - 1)] }));
  const { PublishClient } = await import('../../../src/workers/publishClient');
  return new PublishClient();
}

afterEach(() => {
  vi.doUnmock('../../../src/workers/workerFactories');
  vi.unstubAllGlobals();
});
