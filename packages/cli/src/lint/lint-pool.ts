import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config, Diagnostic } from '@rus-survey/core';
import type { Locale } from '../i18n.js';

/** One file's lint, as sent to a worker. */
export interface LintJob {
  index: number;
  text: string;
  config: Config;
  locale: Locale;
}

export interface LintJobResult {
  index: number;
  diagnostics: Diagnostic[];
}

/** A worker failed; `index` is the job (file) it was linting, null between jobs. */
export class LintWorkerError extends Error {
  constructor(
    readonly index: number | null,
    readonly reason: string,
  ) {
    super(`a lint worker stopped${index === null ? '' : ` on file #${index + 1}`}: ${reason}`);
  }
}

/** Below this many files a worker's start-up (it loads core again) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 50;
/** Files per worker at least, so a few dozen files do not start one worker each. */
const FILES_PER_WORKER = 25;

/**
 * How many worker threads to lint `files` files with: 0 (lint on the main thread) for few files or one CPU.
 * `RUS_SURVEY_LINT_WORKERS` (a count, 0 for none) overrides it: for tests and benchmarks, not documented.
 */
export function workerCount(files: number, env: Record<string, string | undefined> = {}, cpus: number = availableParallelism()): number {
  const forced = env['RUS_SURVEY_LINT_WORKERS'];
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), files);
  if (files <= MIN_FILES_FOR_WORKERS || cpus < 2) return 0;
  return Math.min(cpus, 8, Math.ceil(files / FILES_PER_WORKER));
}

/**
 * Lints the texts on `threads` worker threads; the result is in the jobs' order whatever order they finish in,
 * so the report is the single-threaded one. Each worker takes the next job when it posts a result.
 */
export async function lintOnWorkers(jobs: readonly LintJob[], threads: number, onDone: (done: number) => void = () => {}): Promise<Diagnostic[][]> {
  const results = new Array<Diagnostic[]>(jobs.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => new Worker(new URL('./lint-worker.js', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            /** The job this worker is on, so a failure can say which file it was linting. */
            let current: number | null = null;
            const fail = (reason: string): void => reject(new LintWorkerError(current, reason));
            const send = (): void => {
              if (next >= jobs.length) return resolve();
              current = jobs[next]!.index;
              worker.postMessage(jobs[next++]);
            };
            worker.on('message', (result: LintJobResult) => {
              results[result.index] = result.diagnostics;
              current = null;
              onDone(++done);
              send();
            });
            worker.on('error', (error) => fail(error.message));
            // A result that cannot be read back would otherwise leave this worker's promise open forever.
            worker.on('messageerror', (error) => fail(error.message));
            // After the last result this is the terminate below (a no-op then); before it, a crash.
            worker.on('exit', (code) => fail(`exit code ${code}`));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
