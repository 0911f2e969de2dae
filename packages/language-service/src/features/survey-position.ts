// rusSurvey/position: what a position in a survey is about — the question it is in and the organisation whose
// answer (or roster entry) it is in — read from core's model, so no client works it out from ranges.
import type { SurveyPosition } from '@rus-survey/protocol';
import type { Position } from 'vscode-languageserver-types';
import { answerAt, canonicalName, offsetOf, organisationAt, questionAt, type ValidatedSurvey } from '../survey-lookup.js';

export function surveyPosition(survey: ValidatedSurvey, position: Position): SurveyPosition {
  const offset = offsetOf(survey, position);
  const question = questionAt(survey, offset);
  if (!question) {
    // Outside the questions only a front-matter roster entry names an organisation.
    const organisation = organisationAt(survey, offset);
    return { question: null, organisation: organisation?.name ?? null };
  }
  const part = survey.result.survey.parts.find((candidate) => candidate.questions.includes(question));
  const answer = answerAt(question, offset);
  const written = answer?.organisation.text.trim();
  return {
    question: { number: question.number, text: question.text, part: part?.title ?? '' },
    organisation: written ? canonicalName(survey, written) : null,
  };
}
