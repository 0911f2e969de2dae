// `pnpm fuzz`: FUZZ_CASES cases (default 100,000) of FUZZ_SEED, spread over worker threads; a case that runs past
// FUZZ_TIMEOUT_MS is reported as a hang and its worker replaced. Prints cases, failures, the slowest case and
// peak memory; exits 1 on any failure.
import { availableParallelism } from 'node:os';
import { resourceUsage } from 'node:process';
import { Worker } from 'node:worker_threads';
import type { FuzzOutcome } from './fuzz-check.js';
import { fuzzCases } from './fuzz-inputs.js';

const total = Number(process.env['FUZZ_CASES'] ?? 100_000);
const seed = Number(process.env['FUZZ_SEED'] ?? 20261202);
const timeoutMs = Number(process.env['FUZZ_TIMEOUT_MS'] ?? 10_000);
const workers = Number(process.env['FUZZ_WORKERS'] ?? Math.max(1, availableParallelism()));

const began = Date.now();
let next = 0;
let done = 0;
let slowest: FuzzOutcome | null = null;
const failed: FuzzOutcome[] = [];
const caseOf = fuzzCases(seed);

function startWorker(): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./fuzz-worker-entry.mjs', import.meta.url), { workerData: { seed } });
    let current = -1;
    let timer: NodeJS.Timeout | undefined;
    const sendNext = (): void => {
      if (next >= total) {
        void worker.terminate().then(() => resolve());
        return;
      }
      current = next++;
      timer = setTimeout(() => {
        const input = caseOf(current);
        failed.push({ index: current, recipe: input.recipe, size: input.text.length, ms: timeoutMs, failures: [`hang: no answer in ${timeoutMs} ms`] });
        console.log(`FAIL case ${current} (${input.recipe.slice(0, 200)}): hang: no answer in ${timeoutMs} ms`);
        done++;
        void worker.terminate();
        void startWorker().then(resolve);
      }, timeoutMs);
      worker.postMessage(current);
    };
    worker.on('message', (message: FuzzOutcome | 'ready') => {
      if (message !== 'ready') {
        clearTimeout(timer);
        done++;
        if (!slowest || message.ms > slowest.ms) slowest = message;
        if (message.failures.length) {
          failed.push(message);
          // As they come, so a run stopped early still says what failed.
          console.log(`FAIL case ${message.index} (${message.recipe.slice(0, 200)}): ${message.failures[0]?.split('\n')[0]}`);
        }
        if (done % Number(process.env['FUZZ_PROGRESS'] ?? 1000) === 0) console.log(`${done} cases, ${failed.length} failures, ${((Date.now() - began) / 1000).toFixed(0)} s`);
      }
      sendNext();
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      if (current === -1) throw new Error(`a fuzz worker failed to start: ${error.message}`);
      const input = caseOf(current);
      failed.push({ index: current, recipe: input.recipe, size: input.text.length, ms: 0, failures: [`worker crashed: ${error.message}`] });
      done++;
      void startWorker().then(resolve);
    });
  });
}

await Promise.all(Array.from({ length: workers }, startWorker));
const top = slowest as FuzzOutcome | null;
console.log(`\nfuzz: ${done} cases (seed ${seed}, ${workers} workers), ${failed.length} failures, ${((Date.now() - began) / 1000).toFixed(1)} s`);
if (top) console.log(`slowest: case ${top.index}, ${top.ms.toFixed(0)} ms, ${top.size.toLocaleString('en')} characters: ${top.recipe.slice(0, 200)}`);
console.log(`peak memory (max RSS, this process; workers share it): ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
for (const failure of failed.slice(0, 20)) console.log(`\nFAIL case ${failure.index} (${failure.recipe.slice(0, 200)}):\n  ${failure.failures.slice(0, 3).join('\n  ')}`);
process.exit(failed.length ? 1 : 0);
