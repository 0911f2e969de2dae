// One survey's text run through core, with everything the features need next to it. Open documents and
// closed files are judged the same way (see `SurveyAnalyses`).
import {
  createLineIndex,
  createOrganisationMatcher,
  lintSurvey,
  mergeConfigs,
  resolveLocale,
  resolveRoster,
  type Config,
  type IncrementalLinter,
  type LineIndex,
  type LintResult,
  type Locale,
  type OrganisationMatcher,
  type Roster,
} from '@rus-survey/core';
import type { SurveyConfigSource, SurveySettings } from './workspace.js';

export type SkipReason = 'too-large' | 'binary';

export interface SurveyAnalysis {
  uri: string;
  /** The editor's version for open documents; null for files read from disk. */
  version: number | null;
  text: string;
  isSurvey: boolean;
  /** Set when the text was not validated at all. */
  skipped: SkipReason | null;
  /** The size limit that applied (rusSurvey.maxFileSize). */
  maxFileSize: number;
  /** Null when not a survey or skipped. */
  result: LintResult | null;
  /** The config file's settings with the editor's `rusSurvey.rules` merged over them. */
  config: Config;
  configSource: SurveyConfigSource;
  locale: Locale;
  roster: Roster | null;
  /** Offsets → positions for this text (null when not validated). */
  lines: LineIndex | null;
  organisations: OrganisationMatcher | null;
}

export interface AnalysisContext {
  configSource: SurveyConfigSource;
  settings: SurveySettings;
  /** The client's UI locale, used when the setting is empty. */
  clientLocale: string | undefined;
  /** Whether the text is a survey (the workspace decides). */
  isSurvey: (text: string, settings: SurveySettings) => boolean;
  /**
   * An open document's incremental linter for this config and locale: an edit then re-lints only the question
   * blocks it changed. Files read from disk are linted whole.
   */
  linterFor?: (config: Config, locale: Locale) => IncrementalLinter;
}

/** NUL characters do not occur in Markdown; a file with them is binary. */
function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

export function analyseSurvey(uri: string, text: string, version: number | null, context: AnalysisContext): SurveyAnalysis {
  const configSource = context.configSource;
  const settingsRules = context.settings.rules;
  const config = Object.keys(settingsRules).length > 0 ? mergeConfigs(configSource.config, { rules: settingsRules }) : configSource.config;
  const locale = resolveLocale(context.settings.locale || context.clientLocale);
  const base = { uri, version, text, maxFileSize: context.settings.maxFileSize, config, configSource, locale, result: null, roster: null, lines: null, organisations: null };

  // Only the front matter is looked at, so a huge file costs nothing here.
  if (!context.isSurvey(text.slice(0, 65536), context.settings)) return { ...base, isSurvey: false, skipped: null };
  if (text.length > context.settings.maxFileSize) return { ...base, isSurvey: true, skipped: 'too-large' };
  if (looksBinary(text)) return { ...base, isSurvey: true, skipped: 'binary' };

  const linter = context.linterFor?.(config, locale);
  const result = linter ? linter.update(text) : lintSurvey(text, { config, locale });
  // The incremental linter built the roster (with its near-duplicate search), its matcher and the line index already.
  const roster = linter?.roster ?? resolveRoster(result.survey, config);
  const lines = linter?.lines ?? createLineIndex(text);
  const organisations = linter?.organisations ?? createOrganisationMatcher(roster);
  return { ...base, isSurvey: true, skipped: null, result, roster, lines, organisations };
}
