// What the language service needs from its host, and nothing else: the open documents, the survey files of
// the workspace, the text of a closed file, configs and settings. The language server implements it with the
// node layer (the disk, workspace/configuration); tests implement it over a Map. The service never touches a
// file system or a connection itself, so every adapter gets the same features.
import type { Config, ConfigError, RuleSetting } from '@rus-survey/core';

/** A document open in the editor: its text wins over the file on disk. */
export interface OpenDocument {
  uri: string;
  version: number;
  text: string;
}

/** A closed survey file's text as the host decoded it (the node layer reads it as the CLI does). */
export interface SurveyFileText {
  text: string;
}

/** The settings that change what the service reports (the server's `rusSurvey` section has more). */
export interface SurveySettings {
  /** `en` or `sv` (any BCP 47 tag); empty means the client's UI locale. */
  locale: string;
  /** Severities by rule id or name, merged over the config file's `rules`. */
  rules: Record<string, RuleSetting>;
  /** Files longer than this (UTF-16 code units) get one "too large" diagnostic instead of validation. */
  maxFileSize: number;
}

export const DEFAULT_SURVEY_SETTINGS: SurveySettings = { locale: '', rules: {}, maxFileSize: 4_000_000 };

/** A config problem, with the URI of the file it is in (so an editor can open it). */
export interface SurveyConfigError extends ConfigError {
  uri: string;
}

/** The config that applies to a survey, and where it came from. */
export interface SurveyConfigSource {
  /** The config file used (its URI); null when there is none. */
  uri: string | null;
  config: Config;
  errors: SurveyConfigError[];
  /** Every config file that took part (what it extends, then the config itself), as URIs. */
  fileUris: string[];
}

export const NO_CONFIG_SOURCE: SurveyConfigSource = { uri: null, config: {}, errors: [], fileUris: [] };

export interface SurveyWorkspace {
  /** The open document at `uri`, if the editor has it open. */
  getOpenDocument(uri: string): OpenDocument | undefined;
  /** Every survey of the workspace (files and open documents); waits for the host's first scan. */
  surveyUris(): Promise<readonly string[]>;
  /** A stamp that changes when the closed file at `uri` changes (its mtime, say); undefined when it is gone. */
  surveyFileStamp(uri: string): string | number | undefined;
  /** The closed survey file's text, decoded by the host, within `maxFileSize` (characters; the host sets its byte limit); undefined when unreadable. */
  readSurveyFile(uri: string, maxFileSize: number): SurveyFileText | undefined;
  /** A config file's text (roster definition and rename); undefined when it cannot be read. */
  readConfigFile(uri: string): string | undefined;
  /** The config that applies to the survey at `uri`. */
  resolveConfig(uri: string): SurveyConfigSource;
  /**
   * Whether the document is a survey: its name, its front matter, the config's `files` and `ignores`, the
   * editor's settings (`settings` is what `settings(uri)` gave). `text` is the document's beginning (its front
   * matter is all that is looked at).
   */
  isSurvey(uri: string, text: string, config: SurveyConfigSource, settings: SurveySettings): boolean;
  /** The settings for the document at `uri`. */
  settings(uri: string): Promise<SurveySettings>;
  /**
   * Changes whenever a config or the settings changed, so every cached analysis goes stale; the host bumps it.
   * Open documents are cached by version and closed files by stamp besides.
   */
  generation(): number | string;
}
