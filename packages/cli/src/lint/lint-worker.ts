// A worker thread of `rus-survey lint` (see lint-pool.ts): lints the texts it is sent and posts back their
// diagnostics. Its own entry in the bundle, so it loads core and nothing else of the CLI.
import { parentPort } from 'node:worker_threads';
import { lintSurvey } from '@rus-survey/core';
import type { LintJob, LintJobResult } from './lint-pool.js';

parentPort?.on('message', (job: LintJob) => {
  const result: LintJobResult = { index: job.index, diagnostics: lintSurvey(job.text, { config: job.config, locale: job.locale }).diagnostics };
  parentPort!.postMessage(result);
});
