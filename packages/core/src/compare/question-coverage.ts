import type { OrganisationMatcher } from '../roster/organisation-matcher.js';
import type { Roster } from '../schema/roster.js';
import type { Answer, Question } from '../schema/survey.js';

/** Who in the roster answered one question, by roster name. */
export interface QuestionCoverage {
  /** Organisations whose answer is a real answer. */
  answered: string[];
  /** Organisations with no answer at all (RUS002). */
  missing: string[];
  /** Present but empty, a placeholder or an explicit non-response. */
  unanswered: string[];
  /** The roster's size. */
  total: number;
}

export function questionCoverage(question: Question, roster: Roster, organisations: OrganisationMatcher): QuestionCoverage {
  const byEntry = new Map<unknown, Answer>();
  for (const answer of question.answers) {
    const entry = organisations.resolve(answer.organisation.text);
    if (entry && !byEntry.has(entry)) byEntry.set(entry, answer);
  }
  const coverage: QuestionCoverage = { answered: [], missing: [], unanswered: [], total: roster.organisations.length };
  for (const entry of roster.organisations) {
    const answer = byEntry.get(entry);
    if (!answer) coverage.missing.push(entry.name);
    else if (answer.status === 'answered') coverage.answered.push(entry.name);
    else coverage.unanswered.push(entry.name);
  }
  return coverage;
}
