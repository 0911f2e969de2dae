import { resolve } from 'node:path';
import { importSeedText } from '@rus-survey/core';
import type { CliContext } from '../context.js';
import { EXIT_OK } from '../errors.js';
import { t } from '../i18n.js';
import { writeOutput } from '../io/output.js';
import { readSurveyFile } from '../io/read-survey-file.js';

export interface ImportOptions {
  output?: string;
}

/** The seed's plain-text export → canonical survey Markdown; core's notes go to stderr for a person to check. */
export function runImport(file: string, options: ImportOptions, context: CliContext): number {
  const read = readSurveyFile(resolve(context.cwd, file), { locale: context.locale, displayPath: file });
  if (read.notice) context.stderr.write(`${read.notice}\n`);
  const { markdown, notes } = importSeedText(read.text);
  for (const note of notes) context.stderr.write(`${t(context.locale, 'importNote', { note })}\n`);
  writeOutput(context, options.output, markdown, [file]);
  return EXIT_OK;
}
