import { describe, expect, it } from 'vitest';
import { LintWorkerError, workerCount } from '../src/lint/lint-pool.js';

describe('workerCount', () => {
  it('lints on the main thread for up to 50 files or on one CPU', () => {
    expect(workerCount(50, {}, 8)).toBe(0);
    expect(workerCount(1000, {}, 1)).toBe(0);
  });

  it('starts one worker per 25 files, at most one per CPU and at most 8', () => {
    expect(workerCount(51, {}, 8)).toBe(3);
    expect(workerCount(1000, {}, 2)).toBe(2);
    expect(workerCount(1000, {}, 32)).toBe(8);
  });

  it('RUS_SURVEY_LINT_WORKERS forces a count (never more than the files), 0 for none; anything else is ignored', () => {
    expect(workerCount(2, { RUS_SURVEY_LINT_WORKERS: '3' }, 1)).toBe(2);
    expect(workerCount(1000, { RUS_SURVEY_LINT_WORKERS: '0' }, 8)).toBe(0);
    expect(workerCount(10, { RUS_SURVEY_LINT_WORKERS: 'many' }, 8)).toBe(0);
  });
});

describe('LintWorkerError', () => {
  it('names the file (1-based) the worker was on', () => {
    expect(new LintWorkerError(4, 'exit code 1').message).toBe('a lint worker stopped on file #5: exit code 1');
    expect(new LintWorkerError(null, 'exit code 1').message).toBe('a lint worker stopped: exit code 1');
  });
});
