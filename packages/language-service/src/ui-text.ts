// The server's own words (hover, code lens, outline details, completion details) in English and Swedish;
// rule messages and fix titles come localized from core.
import { localize, type Locale, type LocalizedText } from '@rus-survey/core';

const TEXTS = {
  hoverQuestion: { en: '**Question {question}**: answered {answered}/{total}', sv: '**Fråga {question}**: {answered}/{total} har svarat' },
  hoverMissing: { en: 'Missing: {names}', sv: 'Saknas: {names}' },
  hoverUnanswered: { en: 'Empty or no answer: {names}', sv: 'Tomt eller inget svar: {names}' },
  hoverOrganisation: { en: '**{organisation}**: answered {answered}/{total} questions', sv: '**{organisation}**: har svarat på {answered}/{total} frågor' },
  coverageQuestion: { en: 'Question {question}: {answered}/{total} answered', sv: 'Fråga {question}: {answered}/{total} har svarat' },
  lensAnswered: { en: '{answered}/{total} answered', sv: '{answered}/{total} har svarat' },
  outlineAnswersNotListed: {
    en: '{answered}/{total} answered (answers not listed: over {limit} in this survey)',
    sv: '{answered}/{total} har svarat (svaren listas inte: över {limit} i enkäten)',
  },
  lensCompare: { en: 'Compare', sv: 'Jämför' },
  nextQuestionNumber: { en: 'Next question number', sv: 'Nästa frågenummer' },
  noAnswerYet: { en: 'No answer yet', sv: 'Inget svar än' },
  roster: { en: 'Roster', sv: 'Organisationslista' },
  'status-no-answer': { en: 'no answer', sv: 'inget svar' },
  'status-empty': { en: 'empty', sv: 'tomt' },
  'status-placeholder': { en: 'placeholder', sv: 'platshållare' },
  'status-missing': { en: 'missing', sv: 'saknas' },
  noOrganisation: { en: '(no organisation)', sv: '(ingen organisation)' },
  beforeFirstPart: { en: '(before the first part)', sv: '(före första delen)' },
} satisfies Record<string, LocalizedText>;

export type UiTextKey = keyof typeof TEXTS;

export function uiText(locale: Locale, key: UiTextKey, data?: Readonly<Record<string, string | number>>): string {
  return localize(TEXTS[key], locale, data);
}
