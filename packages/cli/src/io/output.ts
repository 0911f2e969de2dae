import { resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { t } from '../i18n.js';
import { writeFileAtomic } from './write-atomic.js';

/** Writes a command's result to `-o FILE` (atomically) or to stdout. */
export function writeOutput(context: CliContext, output: string | undefined, text: string): void {
  if (!output) {
    context.stdout.write(text);
    return;
  }
  try {
    writeFileAtomic(resolve(context.cwd, output), text);
  } catch (error) {
    throw new CliError(t(context.locale, 'writeFailed', { file: output, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
}
