// One survey's text run through core, with everything the features need next to it. Shared by open
// documents (documents.ts) and files on disk (workspace-index.ts), so both are judged the same way.
import {
  createLineIndex,
  createOrganisationMatcher,
  isSurveyDocument,
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
import { URI } from 'vscode-uri';
import type { ConfigResolver, ResolvedConfig } from '@rus-survey/node';
import { matchesSettingFiles, type ServerSettings } from './settings.js';

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
  configSource: ResolvedConfig;
  locale: Locale;
  roster: Roster | null;
  /** Offsets → positions for this text (null when not validated). */
  lines: LineIndex | null;
  organisations: OrganisationMatcher | null;
}

export interface AnalysisContext {
  configs: ConfigResolver;
  settings: ServerSettings;
  /** The client's UI locale from initialize, used when the setting is empty. */
  clientLocale: string | undefined;
  /**
   * An open document's incremental linter for this config and locale (see `SurveyDocuments`): an edit then
   * re-lints only the question blocks it changed. Files read from disk are linted whole.
   */
  linterFor?: (config: Config, locale: Locale) => IncrementalLinter;
}

/** File system path of a `file:` URI; null for untitled and other schemes. */
export function filePathOf(uri: string): string | null {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : null;
  } catch {
    return null;
  }
}

/** NUL characters do not occur in Markdown; a file with them is binary. */
function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

const NO_CONFIG_SOURCE: ResolvedConfig = { path: null, config: {}, errors: [], files: [] };

export function analyseSurvey(uri: string, text: string, version: number | null, context: AnalysisContext): SurveyAnalysis {
  const path = filePathOf(uri);
  const configSource = path ? context.configs.resolveFor(path) : NO_CONFIG_SOURCE;
  const settingsRules = context.settings.rules;
  const config = Object.keys(settingsRules).length > 0 ? mergeConfigs(configSource.config, { rules: settingsRules }) : configSource.config;
  const locale = resolveLocale(context.settings.locale || context.clientLocale);
  const base = { uri, version, text, maxFileSize: context.settings.maxFileSize, config, configSource, locale, result: null, roster: null, lines: null, organisations: null };

  const ignored = path !== null && context.configs.isIgnored(path, configSource);
  const matchedByConfig = path !== null && (context.configs.matchesFiles(path, configSource) || matchesSettingFiles(path, context.settings.files));
  // Only the front matter is looked at, so a huge file costs nothing here.
  const isSurvey = !ignored && isSurveyDocument({ path: path ?? uri, text: text.slice(0, 65536), matchedByConfig });
  if (!isSurvey) return { ...base, isSurvey: false, skipped: null };
  if (text.length > context.settings.maxFileSize) return { ...base, isSurvey: true, skipped: 'too-large' };
  if (looksBinary(text)) return { ...base, isSurvey: true, skipped: 'binary' };

  const linter = context.linterFor?.(config, locale);
  const result = linter ? linter.update(text) : lintSurvey(text, { config, locale });
  // The incremental linter resolved the roster (and its near-duplicate search) already.
  const roster = linter?.roster ?? resolveRoster(result.survey, config);
  return { ...base, isSurvey: true, skipped: null, result, roster, lines: createLineIndex(text), organisations: createOrganisationMatcher(roster) };
}
