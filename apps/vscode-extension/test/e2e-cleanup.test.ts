// The e2e runner's cleanup: a process still writing into a phase's folder must not make the suite fail.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper of the e2e runner, without types.
import { descendantsOf, removeFolder, waitForProcesses } from '../e2e/lib/cleanup.mjs';

it('waits for (and then ends) the processes a parent left writing, then removes their folder', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rus-cleanup-'));
  // The parent starts a writer in the background and waits; the writer is what outlives a stopped server.
  const parent = spawn('sh', ['-c', 'i=0; while :; do i=$((i+1)); mkdir -p "$0/d$i" && echo x > "$0/d$i/f"; done & wait', root], { stdio: 'ignore' });
  while (!existsSync(join(root, 'd3', 'f'))) await new Promise((resolve) => setTimeout(resolve, 20));
  const children = descendantsOf(parent.pid) as { pid: number }[];
  expect(children.length).toBeGreaterThan(0);
  parent.kill('SIGKILL');
  const logged: string[] = [];
  await waitForProcesses(children, { timeoutMs: 200, log: (line: string) => logged.push(line) });
  for (const { pid } of children) expect(() => process.kill(pid, 0)).toThrow();
  removeFolder(root);
  expect(existsSync(root)).toBe(false);
  expect(logged.join('\n')).toMatch(/killing/);
});

it('never throws when a folder cannot be removed', () => {
  const logged: string[] = [];
  expect(() => removeFolder('\u0000not a path', (line: string) => logged.push(line))).not.toThrow();
  expect(logged[0]).toMatch(/could not remove/);
});
