// The server's own words that no feature says: what it writes to stderr when the connection cannot go on.
import { localize, type Locale, type LocalizedText } from '@rus-survey/core';

const FATAL_TEXTS = {
  malformedMessage: {
    en: 'rus-survey language server: the client sent a malformed message ({detail}); exiting so that the client can restart the server.',
    sv: 'rus-survey språkserver: klienten skickade ett felaktigt meddelande ({detail}); avslutar så att klienten kan starta om servern.',
  },
} satisfies Record<string, LocalizedText>;

/** Written to stderr when the connection cannot go on; the client's locale may be unknown yet. */
export function fatalText(locale: Locale, key: keyof typeof FATAL_TEXTS, data: Readonly<Record<string, string | number>>): string {
  return localize(FATAL_TEXTS[key], locale, data);
}
