import { dirname, relative, sep } from 'node:path';
import { findRule, fixSurvey, lintSurvey, type Config, type Diagnostic, type RuleSetting } from '@rus-survey/core';
import { FileProblem, encodeText, findSurveyFiles, writeFileAtomic, type SurveyFileText } from '@rus-survey/node';
import type { CliContext } from '../context.js';
import { CliError, EXIT_FAILURE, EXIT_LINT_ERRORS, EXIT_OK } from '../errors.js';
import { FILE_ERROR_NAMES, fileError } from '../file-error.js';
import { formatters, type FormatName, type LintFileResult } from '../formatters/index.js';
import { t, count, type Locale } from '../i18n.js';
import { CliConfigs } from '../io/config.js';
import { decodingNotice, fileProblemText } from '../io/file-problem-text.js';
import { outputPath, writeOutput } from '../io/output.js';
import { escapeTerminalText } from '../terminal-text.js';
import { unifiedDiff } from '../unified-diff.js';
import { LintWorkerError, lintOnWorkers, workerCount, type LintJob } from '../lint/lint-pool.js';

export interface LintOptions {
  format: FormatName;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: number;
  /** In MB; the node layer's DEFAULT_MAX_BYTES when not given. */
  maxFileSize?: number;
  quiet?: boolean;
  config?: string;
  rule?: string[];
  output?: string;
}

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];

/** `--rule RUS002=error` (or by name) → a `rules` object; a bad value is a usage error. */
export function parseRuleOptions(values: readonly string[], locale: Locale): Record<string, RuleSetting> {
  const result: Record<string, RuleSetting> = {};
  for (const value of values) {
    const match = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(value);
    const setting = match?.[2]?.toLowerCase() as RuleSetting | undefined;
    if (!match || !setting || !SETTINGS.includes(setting)) throw new CliError(t(locale, 'badRuleOption', { value }));
    const rule = findRule(match[1]!);
    if (!rule) throw new CliError(t(locale, 'unknownRule', { value, rule: match[1]! }));
    result[rule.id] = setting;
  }
  return result;
}

/** Command-line rule settings win over the config's (later keys win in core). */
const withRules = (config: Config, rules: Record<string, RuleSetting>): Config =>
  Object.keys(rules).length === 0 ? config : { ...config, rules: { ...config.rules, ...rules } };

function summarize(filePath: string, relativePath: string, diagnostics: readonly Diagnostic[]): LintFileResult {
  return {
    filePath,
    relativePath,
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
    infoCount: diagnostics.filter((d) => d.severity === 'info').length,
    fixableCount: diagnostics.filter((d) => d.fix).length,
  };
}

/** Overwrites one status line on a TTY's stderr; silent elsewhere (CI logs stay clean). */
function progressReporter(context: CliContext, total: number): { tick(done: number): void; done(): void } {
  const on = context.stderr.isTTY && !context.env.CI && total >= 20;
  return {
    tick(done) {
      if (on) context.stderr.write(`\r${t(context.locale, 'progress', { done, total })}`);
    },
    done() {
      if (on) context.stderr.write('\r\x1b[K');
    },
  };
}

/**
 * Writes a fixed text back in the encoding it was read in; undefined when written, else the file error that
 * says why not. A file whose decoding was a guess is never written: its undecodable bytes would be lost.
 */
function writeBack(file: SurveyFileText, path: string, text: string, display: string, locale: Locale): Diagnostic | undefined {
  if (file.certainty === 'guess') return fileError('encoding-guessed', t(locale, 'fixRefusedGuess', { file: display }));
  const bytes = encodeText(text, file.encoding);
  if (!bytes) return fileError('encoding-cannot-hold-fix', t(locale, 'fixRefusedEncoding', { file: display }));
  try {
    if (writeFileAtomic(path, bytes, file.bytes) === 'changed-since-read') return fileError('changed-while-fixing', t(locale, 'changedSinceRead', { file: display }));
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    return fileError(FILE_ERROR_NAMES[error.kind], fileProblemText(error, locale, display));
  }
  return undefined;
}

/**
 * Exit codes as ESLint's: 0 no errors; 1 errors (a file that could not be read or written back is an error in
 * its place in the report, and the other files are still linted and fixed); 2 usage or config problems,
 * including a path or glob on the command line that names nothing (after the rest is linted and reported).
 * Many files (without --fix) are linted on worker threads; the report is the same, in the same order.
 */
export async function runLint(paths: readonly string[], options: LintOptions, context: CliContext): Promise<number> {
  const { cwd, locale } = context;
  if (options.fix && options.fixDryRun) throw new CliError(t(locale, 'fixConflict'));
  const ruleOverrides = parseRuleOptions(options.rule ?? [], locale);
  const display = (path: string): string => relative(cwd, path) || path;
  const configs = new CliConfigs(locale, display, cwd, options.config);
  // Load an explicit config first, so a broken one fails before any file is read.
  if (options.config) configs.forFolder(cwd);
  const found = findSurveyFiles(paths, { cwd, configs: configs.resolver, ...(options.maxFileSize === undefined ? {} : { maxBytes: options.maxFileSize * 1024 * 1024 }) });
  const surveys = found.files.filter((entry) => entry.kind === 'survey');
  // Every config that applies must be valid before anything is linted or written.
  for (const survey of surveys) configs.forFolder(dirname(survey.path));

  const notices: string[] = [];
  for (const { arg, kind } of found.unmatched) notices.push(t(locale, 'errorPrefix', { message: kind === 'missing' ? t(locale, 'fileMissing', { file: arg }) : t(locale, 'noMatch', { pattern: arg }) }));
  for (const entry of found.files) if (entry.kind === 'not-a-survey') notices.push(t(locale, 'notASurvey', { file: display(entry.path) }));
  if (surveys.length === 0 && !found.files.some((entry) => entry.kind === 'problem') && found.unmatched.length === 0) {
    // The notices say why named files were skipped; the last line says that nothing is left.
    const last = found.folders.length > 0 ? t(locale, 'noSurveysIn', { folder: found.folders.join(', ') }) : t(locale, 'noSurveys');
    throw new CliError([...notices, last].join('\n'));
  }
  for (const notice of notices) context.stderr.write(`${notice}\n`);
  // Before anything is fixed or written: a report must not replace a survey or the config it was made from.
  const target = options.output ? outputPath(context, options.output, [...surveys.map((file) => file.path), ...(options.config ? [options.config] : [])]) : undefined;

  const progress = progressReporter(context, surveys.length);
  const fixing = options.fix === true || options.fixDryRun === true;
  const threads = fixing ? 0 : workerCount(surveys.length, context.env);
  const linted = new Map<string, Diagnostic[]>();
  if (threads > 0) {
    const jobs = surveys.map((entry, index): LintJob => ({ index, text: entry.file.text, config: withRules(entry.config.config, ruleOverrides), locale }));
    const diagnostics = await lintOnWorkers(jobs, threads, (done) => progress.tick(done)).catch((error: unknown) => {
      if (!(error instanceof LintWorkerError)) throw error;
      const file = error.index === null ? null : display(surveys[error.index]!.path);
      throw new CliError(file ? t(locale, 'lintWorkerFailedOn', { file, reason: error.reason }) : t(locale, 'lintWorkerFailed', { reason: error.reason }));
    });
    surveys.forEach((entry, index) => linted.set(entry.path, diagnostics[index]!));
  }
  const results: LintFileResult[] = [];
  const diffs: string[] = [];
  let fixedFiles = 0;
  let fixes = 0;
  let done = 0;
  for (const entry of found.files) {
    const relativePath = relative(cwd, entry.path).split(sep).join('/');
    if (entry.kind === 'not-a-survey') continue;
    if (entry.kind === 'problem') {
      results.push(summarize(entry.path, relativePath, [fileError(FILE_ERROR_NAMES[entry.problem.kind], fileProblemText(entry.problem, locale, display(entry.path)))]));
      continue;
    }
    if (threads === 0) progress.tick(++done);
    const { file, path } = entry;
    const notice = decodingNotice(file, locale, display(path));
    if (notice) context.stderr.write(`${notice}\n`);
    const config = withRules(entry.config.config, ruleOverrides);
    let diagnostics: Diagnostic[];
    if (options.fix || options.fixDryRun) {
      const fixed = fixSurvey(file.text, { config, locale });
      diagnostics = fixed.diagnostics;
      if (fixed.withheld.length > 0) context.stderr.write(`${t(locale, 'fixesWithheld', { file: display(path), count: count(locale, fixed.withheld.length, 'fix') })}\n`);
      if (fixed.text !== file.text) {
        if (options.fixDryRun) diffs.push(unifiedDiff(file.text, fixed.text, `a/${relativePath}`, `b/${relativePath}`));
        else {
          const refused = writeBack(file, path, fixed.text, display(path), locale);
          if (refused) {
            // Nothing was written: report the file as it is, and why it was left so.
            context.stderr.write(`${t(locale, 'errorPrefix', { message: refused.message })}\n`);
            diagnostics = [refused, ...lintSurvey(file.text, { config, locale }).diagnostics];
          } else {
            fixedFiles++;
            fixes += fixed.fixCount;
          }
        }
      }
    } else diagnostics = linted.get(path) ?? lintSurvey(file.text, { config, locale }).diagnostics;
    if (options.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
    results.push(summarize(path, relativePath, diagnostics));
  }
  progress.done();

  // A diff is read in a terminal: survey text in it must not drive the terminal.
  if (diffs.length > 0) context.stdout.write(escapeTerminalText(diffs.join('')));
  if (options.fix && fixedFiles > 0) context.stderr.write(`${t(locale, 'fixedFiles', { fixes: count(locale, fixes, 'problem'), files: count(locale, fixedFiles, 'file') })}\n`);
  const color = !options.output && context.stdout.isTTY && !context.env.NO_COLOR;
  const report = formatters[options.format](results, { cwd, locale, color, version: context.version });
  if (options.output && target) writeOutput(context, options.output, report, []);
  else context.stdout.write(report);

  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) context.stderr.write(`${t(locale, 'tooManyWarnings', { count: warnings, max: options.maxWarnings! })}\n`);
  if (found.unmatched.length > 0) return EXIT_FAILURE;
  return errors > 0 || tooManyWarnings ? EXIT_LINT_ERRORS : EXIT_OK;
}
