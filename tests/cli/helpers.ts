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

export function run(args: string[], options: { cwd: string; env?: Record<string, string>; timeoutMs?: number; asUser?: number }): RunResult {
  // `asUser`: run as that uid (and gid) through setpriv, so permission checks apply as they do for a user.
  const command = options.asUser === undefined ? [process.execPath, BIN] : ['setpriv', `--reuid=${options.asUser}`, `--regid=${options.asUser}`, '--clear-groups', process.execPath, BIN];
  const result = spawnSync(command[0]!, [...command.slice(1), ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    // A neutral environment: English messages, no colours, no CI-only behaviour from the host.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
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

/** A survey with one fixable problem (RUS009: `<p>` becomes `<br><br>`) and å/ä/ö in every line that matters. */
export const FIXABLE_SURVEY = `---
rus-survey: true
---

# Enkät 2024

> Tänk på att detta är ett diskussionsunderlag för nätverket.

## Del ett

### 1. Hur styr RUSen i Skåne?

| Organisation | Svar |
| --- | --- |
| Region Blekinge | Den styr i Skåne.<p>Mer så här. |
| Region Dalarna | Den styr inte. |
`;

/** FIXABLE_SURVEY after --fix. */
export const FIXED_SURVEY = FIXABLE_SURVEY.replace('<p>', '<br><br>');

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
