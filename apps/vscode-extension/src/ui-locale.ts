// Which language the extension's own views and webviews speak: the `rusSurvey.locale` setting when it is set,
// else VS Code's display language, resolved as the server resolves it for diagnostics (the language part of the
// tag; Swedish or English), so a user sees one language in the diagnostics and around them.
import type { Locale } from '@rus-survey/compare-ui';

export type { Locale };

export function uiLocale(setting: unknown, displayLanguage: string): Locale {
  const tag = typeof setting === 'string' && setting.trim() !== '' ? setting : displayLanguage;
  return tag.trim().toLowerCase().split(/[-_.]/)[0] === 'sv' ? 'sv' : 'en';
}
