// rusSurvey/position: the question and the organisation at a position, so clients ask instead of working them
// out from ranges ("Go to organisation's answer…" puts the question at the cursor first).
import type { Position } from 'vscode-languageserver';
import type { SurveyPosition } from '@rus-survey/protocol';
import { answerAt, canonicalName, offsetOf, organisationAt, questionAt, type ValidatedSurvey } from '../survey-lookup.js';

export function surveyPosition(survey: ValidatedSurvey, position: Position): SurveyPosition {
  const offset = offsetOf(survey, position);
  const question = questionAt(survey, offset);
  const part = question ? survey.result.survey.parts.find((candidate) => candidate.questions.includes(question)) : undefined;
  // Anywhere in an answer (its row or its H4 section), not only on the name; outside questions, a roster entry.
  const answer = question ? answerAt(question, offset) : undefined;
  const organisation = answer ? canonicalName(survey, answer.organisation.text) : (organisationAt(survey, offset)?.name ?? null);
  return {
    question: question ? { number: question.number, text: question.text, part: part?.title ?? '' } : null,
    organisation,
  };
}
