import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { t } from '../i18n.js';
import { FileProblem, writeFileAtomic } from '@rus-survey/node';
import { fileProblemText } from './file-problem-text.js';

/** True when two paths name one existing file (through links, `..` or another spelling). */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * The path `-o FILE` names, refused when it is one of the command's inputs: the report would overwrite the
 * survey (or seed, or config) it was made from.
 */
export function outputPath(context: CliContext, output: string, inputs: readonly string[]): string {
  const path = resolve(context.cwd, output);
  const input = inputs.find((candidate) => sameFile(resolve(context.cwd, candidate), path));
  if (input !== undefined) throw new CliError(t(context.locale, 'outputIsInput', { file: output }));
  return path;
}

/** Writes a command's result to `-o FILE` (atomically; never over one of `inputs`) or to stdout. */
export function writeOutput(context: CliContext, output: string | undefined, text: string, inputs: readonly string[]): void {
  if (!output) {
    context.stdout.write(text);
    return;
  }
  const path = outputPath(context, output, inputs);
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    if (error instanceof FileProblem) throw new CliError(fileProblemText(error, context.locale, output));
    throw error;
  }
}
