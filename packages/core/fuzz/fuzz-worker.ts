// A worker thread: checks the cases it is sent and posts each outcome, so the runner can time it out.
import { parentPort, workerData } from 'node:worker_threads';
import { checkCase } from './fuzz-check.js';
import { fuzzCases } from './fuzz-inputs.js';

const caseOf = fuzzCases((workerData as { seed: number }).seed);
parentPort!.on('message', (index: number) => {
  parentPort!.postMessage(checkCase(caseOf(index)));
});
parentPort!.postMessage('ready');
