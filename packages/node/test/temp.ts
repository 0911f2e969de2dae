// Real files in a fresh temp folder per test: links, FIFOs and modes behave as they do for users.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'rus-survey-node-')));
}

/** A named pipe (FIFO); opening it for reading would block until a writer comes. */
export function makeFifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}
