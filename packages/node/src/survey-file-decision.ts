// "Is this file a survey?", asked the same way by the CLI (for what it lints) and the language server (for
// its workspace index): .gitignore and the config's `ignores` leave a file out unless it was named; a name
// ending in .survey.md, the config's `files` (or the editor's files setting) or front matter make it one.
import { isSurveyDocument } from '@rus-survey/core';
import type { ConfigResolver, ResolvedConfig } from './config-resolver.js';
import type { GitignoreFilter } from './gitignore-filter.js';
import { readRegularFileHead } from './regular-file.js';
import { decodeText } from './text-encoding.js';

/** Front matter is all that decides from the text; this much of a file's head is always enough. */
export const SURVEY_HEAD_BYTES = 64 * 1024;

export type SurveyFileDecision = 'survey' | 'not-a-survey' | 'ignored';

export interface SurveyFileQuery {
  /** Absolute path. */
  path: string;
  configs: ConfigResolver;
  gitignore?: GitignoreFilter;
  /** Named by the user (a command-line argument): ignores do not apply. */
  explicit?: boolean;
  /** Further globs' say (the editor's `rusSurvey.files` setting). */
  matchedBySetting?: boolean;
}

/** Whether the survey is one by its name or its config alone, before any text is read. */
export function isSurveyByName(query: SurveyFileQuery, config: ResolvedConfig = query.configs.resolveFor(query.path)): boolean {
  return /\.survey\.md$/i.test(query.path) || query.matchedBySetting === true || query.configs.matchesFiles(query.path, config);
}

/** The decision; `head` (the file's decoded start) is read only when the name does not decide. */
export function decideSurveyFile(query: SurveyFileQuery, head: () => string): SurveyFileDecision {
  const config = query.configs.resolveFor(query.path);
  if (!query.explicit && (query.gitignore?.ignores(query.path) || query.configs.isIgnored(query.path, config))) return 'ignored';
  const matchedByConfig = isSurveyByName(query, config);
  return isSurveyDocument({ path: query.path, text: matchedByConfig ? '' : head().slice(0, SURVEY_HEAD_BYTES), matchedByConfig }) ? 'survey' : 'not-a-survey';
}

/** A file's head, decoded as the whole file would be (a character cut at the end is of no matter here). */
export function readSurveyHead(path: string): string {
  return decodeText(readRegularFileHead(path, SURVEY_HEAD_BYTES)).text;
}
