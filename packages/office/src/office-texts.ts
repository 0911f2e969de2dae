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
} satisfies Record<string, LocalizedText>;

export type OfficeTextId = keyof typeof texts;

export const officeText = (locale: Locale, id: OfficeTextId): string => localize(texts[id], locale);
