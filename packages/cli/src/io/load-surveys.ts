import { dirname, relative, resolve, sep } from 'node:path';
import { parseSurvey, type CompareSource } from '@rus-survey/core';
import { FileProblem, readSurveyFile, type SurveyFileText } from '@rus-survey/node';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { CliConfigs } from './config.js';
import { decodingNotice, fileProblemText } from './file-problem-text.js';

/** Reads one named file (a survey or a seed) for a command that needs it whole: a problem is a CliError. */
export function readNamedFile(file: string, context: CliContext, maxBytes?: number): SurveyFileText {
  try {
    const read = readSurveyFile(resolve(context.cwd, file), maxBytes === undefined ? {} : { maxBytes });
    const notice = decodingNotice(read, context.locale, file);
    if (notice) context.stderr.write(`${notice}\n`);
    return read;
  } catch (error) {
    if (error instanceof FileProblem) throw new CliError(fileProblemText(error, context.locale, file));
    throw error;
  }
}

/** `--max-file-size <MB>` in bytes; undefined leaves the node layer's default. */
export const bytesOfMegabytes = (megabytes: number | undefined): number | undefined => (megabytes === undefined ? undefined : megabytes * 1024 * 1024);

/** Reads named survey files for compare and stats: each with its nearest config, parsed by core. */
export function loadSurveys(files: readonly string[], context: CliContext, configFile?: string, maxBytes?: number): CompareSource[] {
  const display = (path: string): string => relative(context.cwd, path) || path;
  const configs = new CliConfigs(context.locale, display, context.cwd, configFile);
  return files.map((file) => {
    const path = resolve(context.cwd, file);
    const read = readNamedFile(file, context, maxBytes);
    const { config } = configs.forFolder(dirname(path));
    const { survey } = parseSurvey(read.text, { config, locale: context.locale });
    return { uri: relative(context.cwd, path).split(sep).join('/'), survey, config };
  });
}
