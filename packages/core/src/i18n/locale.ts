import type { Locale } from '../schema/config.js';

export type { Locale };

/** A user-facing text in every supported language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

export const DEFAULT_LOCALE: Locale = 'en';

/** Picks the supported locale for a BCP 47 tag such as `sv-SE` or `en_US.UTF-8`; English otherwise. */
export function resolveLocale(tag: string | undefined | null): Locale {
  const language = (tag ?? '').toLowerCase().split(/[-_.]/)[0];
  return language === 'sv' ? 'sv' : 'en';
}

/** Fills `{name}` placeholders; unknown ones are left as written so a missing value shows. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function localize(text: LocalizedText, locale: Locale, data?: Readonly<Record<string, string | number>>): string {
  return formatMessage(text[locale] ?? text.en, data);
}
