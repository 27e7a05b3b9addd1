// The single-file build: workers are inlined and started from blob: URLs (CSP worker-src blob:).
import ImportWorker from './import.worker.ts?worker&inline';
import PublishWorker from './publish.worker.ts?worker&inline';

export function createImportWorker(): Worker {
  return new ImportWorker();
}

export function createPublishWorker(): Worker {
  return new PublishWorker();
}
