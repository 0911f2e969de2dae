// Ending a phase without failing the suite: wait for every process code-server started (the extension host,
// VS Code's TypeScript server, …) to end, by PID, then remove the phase's folder with retries. A process still
// writing into the folder is what made `rmSync` throw ENOTEMPTY once on a fresh machine.
import { readdirSync, readFileSync, rmSync } from 'node:fs';

/** pid → { ppid, start } from /proc; empty where /proc is missing (the e2e suite runs on Linux). */
function processTable() {
  const table = new Map();
  let entries = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return table;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const identity = identityOf(Number(entry));
    if (identity) table.set(Number(entry), identity);
  }
  return table;
}

/** The parent and start time of a process (the start time tells a reused PID apart); undefined once it is gone. */
function identityOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; the fields after its last ")" are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), start: fields[19] };
  } catch {
    return undefined;
  }
}

/** Every process below `pid` now, with its start time. */
export function descendantsOf(pid) {
  if (!pid) return [];
  const table = processTable();
  const found = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const [child, { ppid, start }] of table) {
      if (ppid !== parent) continue;
      found.push({ pid: child, start });
      queue.push(child);
    }
  }
  return found;
}

const alive = ({ pid, start }) => identityOf(pid)?.start === start;

/** Waits until these processes have ended; after `timeoutMs`, kills the ones left (they are ours) and waits briefly. */
export async function waitForProcesses(processes, { timeoutMs = 15000, log = () => {} } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (processes.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const left = processes.filter(alive);
  if (left.length === 0) return;
  log(`killing ${left.length} process(es) still running after code-server stopped: ${left.map((p) => p.pid).join(', ')}`);
  for (const { pid } of left) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
  const killDeadline = Date.now() + 5000;
  while (left.some(alive) && Date.now() < killDeadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Removes a folder with retries; never throws (a leftover temp folder must not fail the suite). */
export function removeFolder(path, log = () => {}) {
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (error) {
    log(`could not remove ${path}: ${error?.message ?? String(error)}`);
  }
}
