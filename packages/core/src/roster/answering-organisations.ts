import { allQuestions, type Survey } from '../schema/survey.js';
import { foldText } from './fold-text.js';

/** A name as it answers in the survey: how often, and in which questions. */
export interface AnsweringName {
  /** As first written, whitespace collapsed. */
  name: string;
  /** Folded (`foldText`). */
  key: string;
  /** Number of answers under this name. */
  count: number;
  /** Indexes (0-based, document order) of the questions it answers. */
  questions: Set<number>;
  /** The questions' labels (their numbers, or their text when unnumbered), in document order. */
  labels: string[];
}

/** Each organisation name that answers in the survey (folded duplicates merged), first-seen order. */
export function countAnsweringOrganisations(survey: Survey): AnsweringName[] {
  const byKey = new Map<string, AnsweringName>();
  allQuestions(survey).forEach((question, index) => {
    for (const answer of question.answers) {
      const key = foldText(answer.organisation.text);
      let seen = byKey.get(key);
      if (!seen) byKey.set(key, (seen = { name: answer.organisation.text.replace(/\s+/g, ' ').trim(), key, count: 0, questions: new Set(), labels: [] }));
      seen.count++;
      if (!seen.questions.has(index)) {
        seen.questions.add(index);
        seen.labels.push(String(question.number ?? question.text));
      }
    }
  });
  return [...byKey.values()];
}
