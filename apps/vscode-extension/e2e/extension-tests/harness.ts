// A tiny mocha-like harness for the tests that run inside VS Code's extension host: named tests, assertions,
// polling, and a JSON report (the host's console is not readable from outside).
import { strict as assert } from 'node:assert';

export interface TestCase {
  name: string;
  fn: () => Promise<void> | void;
}

export interface TestResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

const cases: TestCase[] = [];

export function test(name: string, fn: TestCase['fn']): void {
  cases.push({ name, fn });
}

export { assert };

/** Polls `probe` until it returns something other than undefined, or fails with the last value seen. */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function runAll(timeoutMs = 60000): Promise<TestResult[]> {
  const results: TestResult[] = [];
  for (const { name, fn } of cases) {
    const started = Date.now();
    try {
      await Promise.race([
        Promise.resolve().then(fn),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs)),
      ]);
      results.push({ name, ok: true, ms: Date.now() - started });
    } catch (error) {
      results.push({ name, ok: false, ms: Date.now() - started, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  return results;
}
