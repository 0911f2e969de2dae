// `pnpm fuzz`: FUZZ_CASES cases (default 100,000) of FUZZ_SEED, spread over FUZZ_WORKERS child processes; a case
// that uses more than FUZZ_TIMEOUT_MS of CPU time (or waits FUZZ_WALL_TIMEOUT_MS without running, for a hang
// that uses none) is reported as a hang and its process replaced. Prints
// progress with an estimate of the time left, then the cases, failures, the slowest cases by CPU time and by
// wall-clock time, the slowest step, how many cases took more than FUZZ_SLOW_MS of CPU, and peak memory; writes
// every case's outcome to fuzz/results/ (one JSON line each); exits 1 on any failure.
import { fork, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resourceUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import type { TimedOutcome } from './fuzz-child.js';
import { fuzzCases } from './fuzz-inputs.js';

const total = Number(process.env['FUZZ_CASES'] ?? 100_000);
const seed = Number(process.env['FUZZ_SEED'] ?? 20261202);
/**
 * The bound is on the case's CPU time, read from /proc while it runs: the verdict is then the same on a busy
 * machine as on an idle one (a run may share the cores, or be started with `nice`). A case that waits without
 * running (its process neither runnable nor using CPU) for the wall-clock bound is a hang too; one that is
 * only starved of CPU by other work is not. Where there is no /proc, the wall-clock bound counts from the start.
 */
const timeoutMs = Number(process.env['FUZZ_TIMEOUT_MS'] ?? 10_000);
const wallTimeoutMs = Number(process.env['FUZZ_WALL_TIMEOUT_MS'] ?? 60_000);
const CPU_POLL_MS = 250;
const workers = Math.min(total, Number(process.env['FUZZ_WORKERS'] ?? Math.max(1, availableParallelism())));
const progressEvery = Number(process.env['FUZZ_PROGRESS'] ?? 1000);
/** The issue's bar for the slowest case: counted and listed, apart from the failures. */
const slowMs = Number(process.env['FUZZ_SLOW_MS'] ?? 2000);
/** At least this often, however slow the cases, so a long run shows it is moving. */
const PROGRESS_SECONDS = 30;

const began = Date.now();
let next = 0;
let done = 0;
/** CPU time over the cases that answered (a hang or crash has none to report). */
let cpuTotal = 0;
let timed = 0;
const SLOWEST_KEPT = 10;
/** The slowest cases by CPU time, slowest first. */
const slowest: TimedOutcome[] = [];
let slowestWall: TimedOutcome | null = null;
interface SlowestStep {
  outcome: TimedOutcome;
  step: string;
  cpuMs: number;
}
let slowestStep: SlowestStep | null = null;
let overSlow = 0;
let childMaxRssMb = 0;
let lastProgress = began;
const failed: TimedOutcome[] = [];
const caseOf = fuzzCases(seed);
const childScript = fileURLToPath(new URL('./fuzz-child.ts', import.meta.url));
const resultsDir = new URL('./results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
const resultsFile = fileURLToPath(new URL(`fuzz-${seed}-${total}-${new Date(began).toISOString().replace(/[:.]/g, '-')}.jsonl`, resultsDir));
const results = createWriteStream(resultsFile);

const duration = (seconds: number): string => {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
};

function progress(): void {
  const now = Date.now();
  if (done % progressEvery !== 0 && now - lastProgress < PROGRESS_SECONDS * 1000) return;
  lastProgress = now;
  const seconds = (now - began) / 1000;
  const rate = done / seconds;
  console.log(
    `${done.toLocaleString('en')}/${total.toLocaleString('en')} cases, ${failed.length} failures, ${duration(seconds)}, ${rate.toFixed(1)} cases/s, ` +
      `${(cpuTotal / Math.max(1, timed)).toFixed(0)} ms CPU a case, about ${duration((total - done) / rate)} left`,
  );
}

function record(outcome: TimedOutcome, answered = true): void {
  done++;
  if (answered) {
    timed++;
    cpuTotal += outcome.cpuMs;
  }
  childMaxRssMb = Math.max(childMaxRssMb, outcome.maxRssMb);
  results.write(`${JSON.stringify({ index: outcome.index, recipe: outcome.recipe, size: outcome.size, cpuMs: Math.round(outcome.cpuMs), ms: Math.round(outcome.ms), steps: outcome.steps, failures: outcome.failures })}\n`);
  if (outcome.cpuMs > slowMs) overSlow++;
  if (slowest.length < SLOWEST_KEPT || outcome.cpuMs > slowest[slowest.length - 1]!.cpuMs) {
    slowest.push(outcome);
    slowest.sort((a, b) => b.cpuMs - a.cpuMs);
    slowest.length = Math.min(slowest.length, SLOWEST_KEPT);
  }
  if (!slowestWall || outcome.ms > slowestWall.ms) slowestWall = outcome;
  for (const [step, cpuMs] of Object.entries(outcome.steps ?? {})) if (!slowestStep || cpuMs > slowestStep.cpuMs) slowestStep = { outcome, step, cpuMs };
  if (outcome.failures.length) {
    failed.push(outcome);
    // As they come, so a run stopped early still says what failed.
    console.log(`FAIL case ${outcome.index} (${outcome.recipe.slice(0, 200)}): ${outcome.failures[0]?.split('\n')[0]}`);
  }
  progress();
}

function lost(index: number, failure: string): void {
  const input = caseOf(index);
  record({ index, recipe: input.recipe, size: input.text.length, ms: 0, cpuMs: 0, maxRssMb: 0, steps: {}, failures: [failure] }, false);
}

interface ProcessState {
  /** CPU time so far (user + system), ms. */
  cpuMs: number;
  /** Running or waiting for a core (state `R`), as opposed to sleeping on something. */
  runnable: boolean;
}

/**
 * A process's CPU time and state from Linux's /proc, or null elsewhere: what a hung case has used is its
 * process's time at the hang less its time when the case was sent (the case itself cannot answer).
 */
/** The fields of /proc/<pid>/stat after the command name (which may itself hold `) `). */
function readStat(pid: number | undefined): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function processState(pid: number | undefined): ProcessState | null {
  try {
    const fields = readStat(pid);
    // State, utime and stime: fields 3, 14 and 15 of stat(5); times in clock ticks (USER_HZ, 100 a second).
    return { cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / 100, runnable: fields[0] === 'R' };
  } catch {
    return null;
  }
}

/** One child process taking cases until none are left; a hang or crash loses its case and starts a new child. */
function startChild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(childScript, [String(seed)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let current = -1;
    let timer: NodeJS.Timeout | undefined;
    let finished = false;
    let cpuAtSend: number | null = null;
    const replace = (failure: string): void => {
      clearInterval(timer);
      if (finished) return;
      finished = true;
      child.removeAllListeners();
      child.kill('SIGKILL');
      lost(current, failure);
      startChild().then(resolve, reject);
    };
    const sendNext = (): void => {
      if (next >= total) {
        finished = true;
        child.disconnect();
        resolve();
        return;
      }
      current = next++;
      cpuAtSend = processState(child.pid)?.cpuMs ?? null;
      const sentAt = Date.now();
      let lastCpu = cpuAtSend;
      let lastRan = sentAt;
      timer = setInterval(() => {
        const state = processState(child.pid);
        const now = Date.now();
        if (!state || state.runnable || state.cpuMs !== lastCpu) lastRan = state ? now : sentAt;
        lastCpu = state?.cpuMs ?? null;
        const cpu = state && cpuAtSend !== null ? state.cpuMs - cpuAtSend : null;
        if (cpu !== null && cpu > timeoutMs) replace(`hang: more than ${timeoutMs} ms of CPU time (${cpu.toFixed(0)} ms when stopped, ${now - sentAt} ms of wall-clock time)`);
        else if (now - lastRan > wallTimeoutMs) replace(`hang: ${wallTimeoutMs} ms without running (${now - sentAt} ms of wall-clock time${cpu === null ? '' : `, ${cpu.toFixed(0)} ms of CPU time`})`);
      }, CPU_POLL_MS);
      child.send(current);
    };
    child.on('message', (message: TimedOutcome | 'ready') => {
      if (message !== 'ready') {
        clearInterval(timer);
        record(message);
      }
      sendNext();
    });
    child.on('exit', (code, signal) => {
      if (finished) return;
      if (current === -1) {
        finished = true;
        reject(new Error(`a fuzz process failed to start (exit ${code ?? signal})`));
        return;
      }
      replace(`process crashed: exit ${code ?? signal}`);
    });
  });
}

await Promise.all(Array.from({ length: workers }, startChild));
const seconds = (Date.now() - began) / 1000;
console.log(`\nfuzz: ${done.toLocaleString('en')} cases (seed ${seed}, ${workers} processes), ${failed.length} failures, ${duration(seconds)} (${(done / seconds).toFixed(1)} cases/s; ${(cpuTotal / Math.max(1, timed)).toFixed(0)} ms CPU a case on average)`);
const describe = (outcome: TimedOutcome): string =>
  `case ${outcome.index}, ${outcome.cpuMs.toFixed(0)} ms CPU, ${outcome.ms.toFixed(0)} ms wall, ${outcome.size.toLocaleString('en')} characters: ${outcome.recipe.slice(0, 200)}`;
const [slowestCpu] = slowest;
if (slowestCpu) console.log(`slowest by CPU time: ${describe(slowestCpu)}`);
if (slowestWall) console.log(`slowest by wall-clock time: ${describe(slowestWall)}`);
// Assigned in record(), which TypeScript's narrowing does not follow.
const step = slowestStep as SlowestStep | null;
if (step) console.log(`slowest step: ${step.step}, ${step.cpuMs.toFixed(0)} ms CPU, in case ${step.outcome.index}`);
console.log(`cases over ${slowMs.toLocaleString('en')} ms of CPU: ${overSlow}`);
for (const outcome of slowest.slice(1)) console.log(`  next slowest: ${describe(outcome)}`);
console.log(`peak memory (max RSS): ${childMaxRssMb.toFixed(0)} MB in a case's process, ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB in the runner`);
console.log(`every case: ${resultsFile}`);
for (const failure of failed.slice(0, 20)) console.log(`\nFAIL case ${failure.index} (${failure.recipe.slice(0, 200)}):\n  ${failure.failures.slice(0, 3).join('\n  ')}`);
await new Promise((resolve) => results.end(resolve));
process.exit(failed.length ? 1 : 0);
