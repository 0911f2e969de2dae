import type { LocalizedText, Locale } from '@rus-survey/core';
import { localize } from '@rus-survey/core';

/** The words the Excel and Word exports write around the survey's own text. */
const texts = {
  allQuestions: { en: 'All questions', sv: 'Alla frågor' },
  coverage: { en: 'Coverage', sv: 'Svarstäckning' },
  question: { en: 'Question', sv: 'Fråga' },
  part: { en: 'Part', sv: 'Del' },
  organisation: { en: 'Organisation', sv: 'Organisation' },
  answered: { en: 'Answered', sv: 'Besvarade' },
  noAnswer: { en: 'No answer', sv: 'Inget svar' },
  empty: { en: 'Empty or placeholder', sv: 'Tomma eller platshållare' },
  missing: { en: 'Missing', sv: 'Saknas' },
  of: { en: 'Of', sv: 'Av' },
  missingOrganisations: { en: 'Missing organisations', sv: 'Organisationer som saknas' },
  total: { en: 'Total', sv: 'Totalt' },
  perOrganisation: { en: 'Answered questions per organisation', sv: 'Besvarade frågor per organisation' },
  coverageHeading: { en: 'Coverage', sv: 'Svarstäckning' },
  noAnswers: { en: 'No answers.', sv: 'Inga svar.' },
  rounds: { en: 'Rounds', sv: 'Omgångar' },
  summary: { en: 'Summary', sv: 'Sammanfattning' },
  round: { en: 'Round', sv: 'Omgång' },
  change: { en: 'Change', sv: 'Ändring' },
  file: { en: 'File', sv: 'Fil' },
  questions: { en: 'Questions', sv: 'Frågor' },
  organisations: { en: 'Organisations', sv: 'Organisationer' },
  change_new: { en: 'new', sv: 'ny' },
  change_removed: { en: 'removed', sv: 'borttagen' },
  change_unchanged: { en: 'unchanged', sv: 'oförändrad' },
  change_edited: { en: 'edited', sv: 'ändrad' },
  change_unanswered: { en: 'unanswered', sv: 'obesvarad' },
  questionsAdded: { en: 'Questions added', sv: 'Nya frågor' },
  questionsDropped: { en: 'Questions dropped', sv: 'Frågor som utgått' },
  organisationsJoined: { en: 'Answered in this round, not the one before', sv: 'Svarade i denna omgång, inte i den förra' },
  organisationsLeft: { en: 'Answered in the round before, not this one', sv: 'Svarade i förra omgången, inte i denna' },
} satisfies Record<string, LocalizedText>;

export type OfficeTextId = keyof typeof texts;

export const officeText = (locale: Locale, id: OfficeTextId): string => localize(texts[id], locale);
