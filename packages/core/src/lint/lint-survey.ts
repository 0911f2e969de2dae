import { createLineIndex } from '../parse/line-index.js';
import { buildSurvey } from '../parse/parse-survey.js';
import { parseOptionsOfConfig } from '../parse/parse-options.js';
import type { Config } from '../schema/config.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { Survey } from '../schema/survey.js';
import { validateSurvey, type ValidateOptions } from '../validate/validate-survey.js';

export interface LintOptions extends Omit<ValidateOptions, 'lines'> {
  config?: Config;
}

export interface LintResult {
  survey: Survey;
  diagnostics: Diagnostic[];
}

/** The one engine the CLI and the language server call: parse, then run every rule. Never throws. */
export function lintSurvey(text: string, options: LintOptions = {}): LintResult {
  const survey = buildSurvey(text, parseOptionsOfConfig(options.config));
  const diagnostics = validateSurvey(text, survey, { ...options, lines: createLineIndex(text) });
  return { survey, diagnostics };
}

/** The model and its structure problems (RUS010) only; `lintSurvey` runs every rule. */
export function parseSurvey(text: string, options: LintOptions = {}): LintResult {
  const survey = buildSurvey(text, parseOptionsOfConfig(options.config));
  return { survey, diagnostics: validateSurvey(text, survey, { ...options, only: ['RUS010'] }) };
}
