import { importSeedText } from '@rus-survey/core';
import type { CliContext } from '../context.js';
import { EXIT_OK } from '../errors.js';
import { t } from '../i18n.js';
import { writeOutput } from '../io/output.js';
import { readNamedFile } from '../io/load-surveys.js';

export interface ImportOptions {
  output?: string;
}

/** The seed's plain-text export → canonical survey Markdown; core's notes go to stderr for a person to check. */
export function runImport(file: string, options: ImportOptions, context: CliContext): number {
  const read = readNamedFile(file, context);
  const { markdown, notes } = importSeedText(read.text);
  for (const note of notes) context.stderr.write(`${t(context.locale, 'importNote', { note })}\n`);
  writeOutput(context, options.output, markdown, [file]);
  return EXIT_OK;
}
