import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { isSurveyDocument, matchesConfigGlobs, type Config } from '@rus-survey/core';
import { CliError } from '../errors.js';
import { t, type Locale } from '../i18n.js';
import type { ConfigResolver } from './find-config.js';
import { readSurveyFile, type ReadTextFile } from './read-survey-file.js';

const NEVER = ['**/node_modules/**'];

export interface SurveyFile extends ReadTextFile {
  path: string;
  displayPath: string;
  config: Config;
}

export interface FindResult {
  surveys: SurveyFile[];
  /** One line each for stderr: notices and the files that could not be read. */
  messages: string[];
  /** True when a file could not be read (exit code 2 after linting the others). */
  failed: boolean;
}

const toPosix = (path: string): string => path.split(sep).join('/');
const isMarkdown = (path: string): boolean => extname(path).toLowerCase() === '.md';

/** .gitignore files from the repository root down to each file's folder; a deeper file can re-include. */
class GitignoreFilter {
  private readonly perFolder = new Map<string, Ignore | null>();
  private readonly root: string;

  constructor(cwd: string) {
    let current = resolve(cwd);
    let root = current;
    for (;;) {
      if (existsSync(join(current, '.git'))) {
        root = current;
        break;
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    this.root = root;
  }

  private rulesIn(folder: string): Ignore | null {
    if (!this.perFolder.has(folder)) {
      const file = join(folder, '.gitignore');
      this.perFolder.set(folder, existsSync(file) ? ignore().add(readFileSync(file, 'utf8')) : null);
    }
    return this.perFolder.get(folder) ?? null;
  }

  ignores(path: string): boolean {
    const fromRoot = relative(this.root, path);
    if (fromRoot.startsWith('..')) return false;
    const folders = [this.root];
    for (const part of fromRoot.split(sep).slice(0, -1)) folders.push(join(folders[folders.length - 1]!, part));
    let ignored = false;
    for (const folder of folders) {
      const result = this.rulesIn(folder)?.test(toPosix(relative(folder, path)));
      if (result?.ignored) ignored = true;
      else if (result?.unignored) ignored = false;
    }
    return ignored;
  }
}

/** Whether a config's `files` or `ignores` globs match a file, relative to the config's folder (core decides). */
function configGlobsMatch(configPath: string | undefined, patterns: readonly string[] | undefined, path: string): boolean {
  if (!configPath || !patterns?.length) return false;
  return matchesConfigGlobs(toPosix(relative(dirname(configPath), path)), patterns);
}

interface Candidate {
  path: string;
  /** Named on the command line: linted even when ignored, and a read failure is reported. */
  explicit: boolean;
}

function globMarkdown(patterns: string[], cwd: string): string[] {
  return globSync(patterns, { cwd, absolute: true, ignore: NEVER, dot: false }).map((file) => resolve(file)).filter(isMarkdown);
}

/**
 * Turns the command line's paths and globs into survey files: a folder is searched for Markdown, a glob
 * is expanded; then .gitignore, the config's `ignores` and the survey test (name, front matter, config
 * `files`) decide. Never looks inside node_modules.
 */
export function findSurveyFiles(args: readonly string[], options: { cwd: string; locale: Locale; configs: ConfigResolver; display: (path: string) => string }): FindResult {
  const { cwd, locale, configs, display } = options;
  const candidates: Candidate[] = [];
  const folders: string[] = [];
  const inputs = args.length > 0 ? args : ['.'];
  for (const arg of inputs) {
    const absolute = resolve(cwd, arg);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const found = globMarkdown(['**/*.md'], absolute);
        folders.push(arg);
        candidates.push(...found.map((path) => ({ path, explicit: false })));
      } else candidates.push({ path: absolute, explicit: true });
      continue;
    }
    if (!isDynamicPattern(arg)) throw new CliError(t(locale, 'fileMissing', { file: arg }));
    const found = globMarkdown([toPosix(arg)], cwd);
    if (found.length === 0) throw new CliError(t(locale, 'noMatch', { pattern: arg }));
    candidates.push(...found.map((path) => ({ path, explicit: false })));
  }

  const gitignore = new GitignoreFilter(cwd);
  const seen = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const previous = seen.get(candidate.path);
    if (!previous || candidate.explicit) seen.set(candidate.path, candidate);
  }
  const surveys: SurveyFile[] = [];
  const messages: string[] = [];
  let failed = false;
  for (const { path, explicit } of [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const found = configs.forFolder(dirname(path));
    if (!explicit && (gitignore.ignores(path) || configGlobsMatch(found.path, found.config.ignores, path))) continue;
    const matchedByConfig = configGlobsMatch(found.path, found.config.files, path);
    const named = /\.survey\.md$/i.test(path) || matchedByConfig;
    let file: ReadTextFile;
    try {
      file = readSurveyFile(path, { locale, displayPath: display(path) });
    } catch (error) {
      // Plain Markdown that cannot be read is no survey of ours; a survey or a named file is a failure.
      if (!(error instanceof CliError) || (!explicit && !named)) continue;
      messages.push(t(locale, 'errorPrefix', { message: error.message }));
      failed = true;
      continue;
    }
    if (!isSurveyDocument({ path, text: file.text, matchedByConfig })) {
      if (explicit) messages.push(t(locale, 'notASurvey', { file: display(path) }));
      continue;
    }
    if (file.notice) messages.push(file.notice);
    surveys.push({ ...file, path, displayPath: display(path), config: found.config });
  }
  if (surveys.length === 0 && !failed) {
    // The notices say why named files were skipped; the last line says that nothing is left.
    const last = folders.length > 0 ? t(locale, 'noSurveysIn', { folder: folders.join(', ') }) : t(locale, 'noSurveys');
    throw new CliError([...messages, last].join('\n'));
  }
  return { surveys, messages, failed };
}
