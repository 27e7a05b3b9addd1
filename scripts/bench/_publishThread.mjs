// A publish worker for the privacy bench: a Node worker thread with its own HiGHS, publishing each
// dataset it is sent as the app's publish worker does (publishByParts), replying with what to keep.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import loadHighs from 'highs';

const core = await import(pathToFileURL(workerData.core).href);
const { highsSolver } = await import(pathToFileURL(workerData.solver).href);
const solver = highsSolver(await loadHighs());
parentPort.on('message', ({ id, dataset, preset, kept }) => {
  const { table, fresh } = core.publishByParts(dataset, preset, solver, { kept });
  parentPort.postMessage({ id, table, warnings: [], keep: fresh });
});
