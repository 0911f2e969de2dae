import { allQuestions, type Survey } from '../schema/survey.js';
import { foldText } from './fold-text.js';

/** Each organisation name that answers in the survey (folded duplicates merged), first-seen order, with its number of answers. */
export function countAnsweringOrganisations(survey: Survey): { name: string; count: number }[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const question of allQuestions(survey)) {
    for (const answer of question.answers) {
      const key = foldText(answer.organisation.text);
      const seen = counts.get(key);
      if (seen) seen.count++;
      else counts.set(key, { name: answer.organisation.text.replace(/\s+/g, ' ').trim(), count: 1 });
    }
  }
  return [...counts.values()];
}
