import type { Locale } from './i18n.js';

/** Everything a command touches outside itself, so tests and bin can supply it. */
export interface CliContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  locale: Locale;
  stdout: { write(text: string): void; isTTY: boolean };
  stderr: { write(text: string): void; isTTY: boolean };
  version: string;
}
