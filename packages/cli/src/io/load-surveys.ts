import { dirname, relative, resolve, sep } from 'node:path';
import { parseSurvey, type CompareSource } from '@rus-survey/core';
import type { CliContext } from '../context.js';
import { ConfigResolver } from './find-config.js';
import { readSurveyFile } from './read-survey-file.js';

/** Reads named survey files for compare and stats: each with its nearest config, parsed by core. */
export function loadSurveys(files: readonly string[], context: CliContext, configFile?: string): CompareSource[] {
  const display = (path: string): string => relative(context.cwd, path) || path;
  const configs = new ConfigResolver(context.locale, display, configFile ? resolve(context.cwd, configFile) : undefined);
  return files.map((file) => {
    const path = resolve(context.cwd, file);
    const read = readSurveyFile(path, { locale: context.locale, displayPath: file });
    if (read.notice) context.stderr.write(`${read.notice}\n`);
    const { config } = configs.forFolder(dirname(path));
    const { survey } = parseSurvey(read.text, { config, locale: context.locale });
    return { uri: relative(context.cwd, path).split(sep).join('/'), survey, config };
  });
}
