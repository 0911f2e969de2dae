import type { LocalizedText } from '../i18n/locale.js';

/** A problem in a config file, at its own location (1-based line and column). */
export interface ConfigError {
  filename: string;
  /** In English; `localized` has it in every language the tools speak. */
  message: string;
  localized: LocalizedText;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The key path, e.g. `rules.RUS099`, when the problem is about one key. */
  path?: string;
}
