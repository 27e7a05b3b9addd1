// Worker constructors of the hosted build: separate module files next to the app. The single-file
// build swaps this module for workerFactories.single.ts (see vite.config.ts), because file:// pages
// cannot start workers from sibling files.
export function createImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

export function createPublishWorker(): Worker {
  return new Worker(new URL('./publish.worker.ts', import.meta.url), { type: 'module' });
}
