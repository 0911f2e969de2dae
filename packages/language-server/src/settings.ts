// The `rusSurvey` settings section, read per document through workspace/configuration when the client
// supports it, else taken from workspace/didChangeConfiguration.
import { matchesConfigGlobs, type RuleSetting } from '@rus-survey/core';
import type { Connection } from 'vscode-languageserver';

export interface ServerSettings {
  /** `en` or `sv` (any BCP 47 tag); empty means the client's UI locale. */
  locale: string;
  debounceMs: number;
  /** Merged over the config file's `rules`. */
  rules: Record<string, RuleSetting>;
  /** Files longer than this (UTF-16 code units) get one "too large" diagnostic instead of validation. */
  maxFileSize: number;
  /** Globs of further Markdown files that are surveys, besides *.survey.md, front matter and config `files`. */
  files: string[];
}

export const DEFAULT_SETTINGS: ServerSettings = { locale: '', debounceMs: 150, rules: {}, maxFileSize: 4_000_000, files: [] };

/**
 * Whether the `rusSurvey.files` setting makes a file a survey. A glob is matched at any depth of the path
 * (`enkater/*.md` matches `/work/x/enkater/a.md`), as VS Code's own file-pattern settings are.
 */
export function matchesSettingFiles(path: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const relative = path.split('\\').join('/').replace(/^[a-zA-Z]:/, '').replace(/^\/+/, '');
  return matchesConfigGlobs(relative, globs.map((glob) => (glob.startsWith('**/') ? glob : `**/${glob.replace(/^\.?\//, '')}`)));
}

const RULE_SETTINGS = new Set(['error', 'warning', 'info', 'off']);

/** Settings come from the user: keep what is well formed, default the rest. */
export function normalizeSettings(raw: unknown): ServerSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (typeof value['rules'] === 'object' && value['rules'] !== null) {
    for (const [key, setting] of Object.entries(value['rules'] as Record<string, unknown>)) {
      if (typeof setting === 'string' && RULE_SETTINGS.has(setting)) rules[key] = setting as RuleSetting;
    }
  }
  const number = (key: string, fallback: number): number => {
    const candidate = value[key];
    return typeof candidate === 'number' && Number.isFinite(candidate) && candidate >= 0 ? candidate : fallback;
  };
  return {
    locale: typeof value['locale'] === 'string' ? value['locale'] : DEFAULT_SETTINGS.locale,
    debounceMs: number('debounceMs', DEFAULT_SETTINGS.debounceMs),
    rules,
    maxFileSize: number('maxFileSize', DEFAULT_SETTINGS.maxFileSize),
    files: Array.isArray(value['files']) ? value['files'].filter((glob): glob is string => typeof glob === 'string' && glob !== '') : [],
  };
}

export class SettingsStore {
  private readonly byUri = new Map<string, Promise<ServerSettings>>();
  private pushed: ServerSettings = DEFAULT_SETTINGS;
  private generationCounter = 0;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  /** The workspace-wide settings (no scope), for the workspace index; refreshed by `refreshGlobal`. */
  global: ServerSettings = DEFAULT_SETTINGS;

  async refreshGlobal(): Promise<ServerSettings> {
    this.global = this.canPull()
      ? await this.connection.workspace.getConfiguration({ section: 'rusSurvey' }).then(normalizeSettings, () => this.pushed)
      : this.pushed;
    return this.global;
  }

  /** Bumped on every settings change, so cached lint results keyed by it go stale. */
  get generation(): number {
    return this.generationCounter;
  }

  forDocument(uri: string): Promise<ServerSettings> {
    if (!this.canPull()) return Promise.resolve(this.pushed);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'rusSurvey' })
        .then(normalizeSettings, () => this.pushed);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** workspace/didChangeConfiguration: pull clients re-read; push clients send the values. */
  changed(pushedSettings: unknown): void {
    this.byUri.clear();
    const section = (pushedSettings as { rusSurvey?: unknown } | null | undefined)?.rusSurvey;
    if (section !== undefined) this.pushed = normalizeSettings(section);
    this.generationCounter++;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
