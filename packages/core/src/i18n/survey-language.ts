import type { Locale } from '../schema/config.js';
import { allQuestions, type Survey } from '../schema/survey.js';

const SWEDISH = /[åäöÅÄÖ]|\b(och|att|för|som|inte|hur|vilka|er|ni)\b/g;
const ENGLISH = /\b(the|and|of|to|how|what|which|your|you|is)\b/gi;

/** The language the survey is written in, judged from its title and questions; Swedish when unsure. */
export function detectSurveyLanguage(survey: Survey): Locale {
  const sample = [survey.title ?? '', ...allQuestions(survey).map((question) => question.text)].join(' ');
  const swedish = sample.match(SWEDISH)?.length ?? 0;
  const english = sample.match(ENGLISH)?.length ?? 0;
  return english > swedish ? 'en' : 'sv';
}
