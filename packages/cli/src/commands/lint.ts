import { writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { findRule, fixSurvey, lintSurvey, type Config, type Diagnostic, type RuleSetting } from '@rus-survey/core';
import type { CliContext } from '../context.js';
import { CliError, EXIT_FAILURE, EXIT_LINT_ERRORS, EXIT_OK } from '../errors.js';
import { formatters, type FormatName, type LintFileResult } from '../formatters/index.js';
import { t, count, type Locale } from '../i18n.js';
import { ConfigResolver } from '../io/find-config.js';
import { findSurveyFiles, type SurveyFile } from '../io/find-survey-files.js';
import { encodeText } from '../io/read-survey-file.js';
import { outputPath } from '../io/output.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { unifiedDiff } from '../unified-diff.js';

export interface LintOptions {
  format: FormatName;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: number;
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

function summarize(file: SurveyFile, relativePath: string, diagnostics: readonly Diagnostic[]): LintFileResult {
  return {
    filePath: file.path,
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

export function runLint(paths: readonly string[], options: LintOptions, context: CliContext): number {
  const { cwd, locale } = context;
  if (options.fix && options.fixDryRun) throw new CliError(t(locale, 'fixConflict'));
  const ruleOverrides = parseRuleOptions(options.rule ?? [], locale);
  const display = (path: string): string => relative(cwd, path) || path;
  const configs = new ConfigResolver(locale, display, options.config ? resolve(cwd, options.config) : undefined);
  // Load an explicit config first, so a broken one fails before any file is read.
  if (options.config) configs.forFolder(cwd);
  const found = findSurveyFiles(paths, { cwd, locale, configs, display });
  for (const message of found.messages) context.stderr.write(`${message}\n`);
  // Before anything is fixed or written: a report must not replace a survey or the config it was made from.
  const target = options.output ? outputPath(context, options.output, [...found.surveys.map((file) => file.path), ...(options.config ? [options.config] : [])]) : undefined;

  const progress = progressReporter(context, found.surveys.length);
  const results: LintFileResult[] = [];
  const diffs: string[] = [];
  let failed = found.failed;
  let fixedFiles = 0;
  let fixes = 0;
  found.surveys.forEach((file, index) => {
    progress.tick(index + 1);
    const config = withRules(file.config, ruleOverrides);
    const relativePath = relative(cwd, file.path).split(sep).join('/');
    let diagnostics: Diagnostic[];
    if (options.fix || options.fixDryRun) {
      const fixed = fixSurvey(file.text, { config, locale });
      diagnostics = fixed.diagnostics;
      if (fixed.withheld.length > 0) context.stderr.write(`${t(locale, 'fixesWithheld', { file: file.displayPath, count: count(locale, fixed.withheld.length, 'fix') })}\n`);
      if (fixed.text !== file.text) {
        if (options.fixDryRun) diffs.push(unifiedDiff(file.text, fixed.text, `a/${relativePath}`, `b/${relativePath}`));
        else {
          try {
            const outcome = writeFileAtomic(file.path, encodeText(fixed.text, file.encoding), file.bytes);
            if (outcome === 'changed-since-read') {
              context.stderr.write(`${t(locale, 'changedSinceRead', { file: file.displayPath })}\n`);
              failed = true;
              diagnostics = lintSurvey(file.text, { config, locale }).diagnostics;
            } else {
              fixedFiles++;
              fixes += fixed.fixCount;
              if (file.encoding !== 'utf-8' && file.encoding !== 'utf-8-bom') context.stderr.write(`${t(locale, 'noticeWrittenUtf8', { file: file.displayPath })}\n`);
            }
          } catch (error) {
            context.stderr.write(`${t(locale, 'writeFailed', { file: file.displayPath, reason: (error as NodeJS.ErrnoException).code ?? String(error) })}\n`);
            failed = true;
          }
        }
      }
    } else diagnostics = lintSurvey(file.text, { config, locale }).diagnostics;
    if (options.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
    results.push(summarize(file, relativePath, diagnostics));
  });
  progress.done();

  if (diffs.length > 0) context.stdout.write(diffs.join(''));
  if (options.fix && fixedFiles > 0) context.stderr.write(`${t(locale, 'fixedFiles', { fixes: count(locale, fixes, 'problem'), files: count(locale, fixedFiles, 'file') })}\n`);
  const color = !options.output && context.stdout.isTTY && !context.env.NO_COLOR;
  const report = formatters[options.format](results, { cwd, locale, color, version: context.version });
  if (options.output && target) {
    try {
      writeFileSync(target, report);
    } catch (error) {
      throw new CliError(t(locale, 'writeFailed', { file: options.output, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
    }
  } else context.stdout.write(report);

  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) context.stderr.write(`${t(locale, 'tooManyWarnings', { count: warnings, max: options.maxWarnings! })}\n`);
  if (failed) return EXIT_FAILURE;
  return errors > 0 || tooManyWarnings ? EXIT_LINT_ERRORS : EXIT_OK;
}
