// Runs the built CLI as a child process, as a user or a CI job would.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const BIN = resolve(here, '../../packages/cli/dist/rus-survey.js');
export const EXAMPLES = resolve(here, '../../examples');
export const EXAMPLE = join(EXAMPLES, 'rus-natverket-2018.survey.md');
export const SEED = join(EXAMPLES, 'rus-natverket-enkat-2018.txt');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], options: { cwd: string; env?: Record<string, string> }): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    // A neutral environment: English messages, no colours, no CI-only behaviour from the host.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rus-survey-cli-'));
}

/** A temp folder holding a copy of the example survey; returns the folder. */
export function withExample(name = 'rus-natverket-2018.survey.md'): string {
  const dir = tempDir();
  copyFileSync(EXAMPLE, join(dir, name));
  return dir;
}

/** A survey problem-free under the default rules, small enough to read in a test. */
export const CLEAN_SURVEY = `---
rus-survey: true
---

# Enkät 2024

> Tänk på att detta är ett diskussionsunderlag för nätverket.

## Del ett

### 1. Hur styr RUSen?

| Organisation | Svar |
| --- | --- |
| Region Blekinge | Den styr. |
| Region Dalarna | Den styr inte. |
`;

/** No stack trace lines: what a user must never see. */
export const STACK_TRACE = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at file:/m;

/** One finding in `rus-survey lint --format json`. */
export interface JsonMessage {
  ruleId: string;
  ruleName: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fix?: { title: string; edits: { range: [number, number]; text: string }[] };
}

/** One file in `rus-survey lint --format json`. */
export interface JsonResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  messages: JsonMessage[];
}
