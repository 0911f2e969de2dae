// A child process of `pnpm fuzz`: checks the cases it is sent, one at a time, and sends each outcome with the
// case's CPU time. A process of its own, so `process.cpuUsage()` is this case's alone (worker threads share
// one process's clock), and a hang can be ended by killing it.
import { cpuUsage, resourceUsage } from 'node:process';
import { checkCase, type FuzzOutcome } from './fuzz-check.js';
import { fuzzCases } from './fuzz-inputs.js';

/** An outcome with the case's CPU time (user + system, every thread of this process: GC included). */
export interface TimedOutcome extends FuzzOutcome {
  cpuMs: number;
  /** This process's peak resident memory so far, MB. */
  maxRssMb: number;
}

const caseOf = fuzzCases(Number(process.argv[2]));
process.on('message', (index: number) => {
  const input = caseOf(index);
  const before = cpuUsage();
  const outcome = checkCase(input);
  const used = cpuUsage(before);
  const timed: TimedOutcome = { ...outcome, cpuMs: (used.user + used.system) / 1000, maxRssMb: resourceUsage().maxRSS / 1024 };
  process.send!(timed);
});
process.send!('ready');
