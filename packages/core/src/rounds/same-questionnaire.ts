import { allQuestions, type Survey } from '../schema/survey.js';
import { matchQuestions } from './match-questions.js';

/**
 * Whether two survey files are rounds of one questionnaire: at least half the questions of the shorter one are
 * found again in the other (by number and wording, as rounds are compared). Unrelated surveys share a few
 * numbers, not the wordings.
 */
export function isSameQuestionnaire(a: Survey, b: Survey): boolean {
  const first = allQuestions(a);
  const second = allQuestions(b);
  const shorter = Math.min(first.length, second.length);
  if (shorter === 0) return false;
  return matchQuestions(first, second).pairs.size * 2 >= shorter;
}
