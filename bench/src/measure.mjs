// Timing the benchmark's way: a warm-up, then the variants interleaved run by run (so drift in the machine's
// load hits all of them alike), medians with min–max.
import { performance } from 'node:perf_hooks';

const collect = () => globalThis.gc?.();

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });

/**
 * Times each variant `runs` times after `warmup` untimed rounds. A variant is a function; `prepare` (optional)
 * runs untimed before each timed call and its result is passed in. Returns a summary (ms) per variant name.
 */
export function interleaved(variants, { runs, warmup = 1 }) {
  const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const [name, variant] of Object.entries(variants)) {
      const run = typeof variant === 'function' ? { run: variant } : variant;
      const input = run.prepare?.();
      collect();
      const start = performance.now();
      run.run(input);
      const elapsed = performance.now() - start;
      if (round >= warmup) times[name].push(elapsed);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, summary(values)]));
}

export const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
export const range = (s) => `${ms(s.median)} ms (${ms(s.min)}–${ms(s.max)})`;
