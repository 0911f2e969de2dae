import { localize, type LocalizedText } from './locale.js';
import type { Locale } from '../schema/config.js';

/** The titles editors show for quick fixes, in ESLint's wording that users know. */
const TITLES = {
  fixThis: { en: 'Fix this {ruleId} {ruleName} problem: {title}', sv: 'Åtgärda detta {ruleId} {ruleName}-problem: {title}' },
  suggestion: { en: '{title} ({ruleId} {ruleName})', sv: '{title} ({ruleId} {ruleName})' },
  fixAll: { en: 'Fix all auto-fixable rus-survey problems', sv: 'Åtgärda alla rus-survey-problem som kan åtgärdas automatiskt' },
  addAllMissing: {
    en: 'Add all missing organisations ({count}) to question {question}',
    sv: 'Lägg till alla saknade organisationer ({count}) i fråga {question}',
  },
  disableLine: { en: 'Disable {ruleId} for this line', sv: 'Inaktivera {ruleId} för den här raden' },
  disableFile: { en: 'Disable {ruleId} for the entire file', sv: 'Inaktivera {ruleId} för hela filen' },
  showDocumentation: { en: 'Show documentation for {ruleId}', sv: 'Visa dokumentationen för {ruleId}' },
} satisfies Record<string, LocalizedText>;

export type QuickFixTitle = keyof typeof TITLES;

export function quickFixTitle(kind: QuickFixTitle, locale: Locale, data: Readonly<Record<string, string | number>> = {}): string {
  return localize(TITLES[kind], locale, data);
}
