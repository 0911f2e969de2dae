import type { Diagnostic } from '@rus-survey/core';
import type { Locale } from '../i18n.js';

/** One linted file, as every formatter receives it. */
export interface LintFileResult {
  /** Absolute path. */
  filePath: string;
  /** Relative to the working folder, with forward slashes (for SARIF, GitHub and people). */
  relativePath: string;
  diagnostics: readonly Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
}

export interface FormatterContext {
  cwd: string;
  locale: Locale;
  /** Colours on (stdout is a TTY and NO_COLOR is unset). */
  color: boolean;
  /** The CLI's version, for SARIF's tool.driver. */
  version: string;
}

/** A formatter is pure: results in, text out (as ESLint's are). */
export type Formatter = (results: readonly LintFileResult[], context: FormatterContext) => string;
