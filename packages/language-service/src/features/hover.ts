// Hover on a question heading: how many organisations answered and who is missing. On an organisation's
// name: how many questions it answered and which it did not.
import { allQuestions } from '@rus-survey/core';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { containsOffset, toLspRange } from '../positions.js';
import { uiText } from '../ui-text.js';
import { canonicalName, offsetOf, organisationAt, questionAt, questionStatus, rangeOfOffsets, type ValidatedSurvey } from '../survey-lookup.js';

const label = (number: number | null, text: string): string => (number === null ? text : String(number));

export function hover(survey: ValidatedSurvey, position: Position): Hover | null {
  const offset = offsetOf(survey, position);
  const question = questionAt(survey, offset);
  if (question && containsOffset(question.heading.range, offset)) {
    const status = questionStatus(survey, question);
    const lines = [uiText(survey.locale, 'hoverQuestion', { question: label(question.number, question.text), answered: status.answered.length, total: status.total })];
    if (status.missing.length > 0) lines.push(uiText(survey.locale, 'hoverMissing', { names: status.missing.join(', ') }));
    if (status.unanswered.length > 0) lines.push(uiText(survey.locale, 'hoverUnanswered', { names: status.unanswered.join(', ') }));
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: toLspRange(question.heading.range) };
  }

  const organisation = organisationAt(survey, offset);
  if (!organisation) return null;
  const questions = allQuestions(survey.result.survey);
  const answered: string[] = [];
  const notAnswered: string[] = [];
  for (const candidate of questions) {
    const answer = candidate.answers.find((a) => canonicalName(survey, a.organisation.text) === organisation.name);
    if (answer?.status === 'answered') answered.push(label(candidate.number, candidate.text));
    else notAnswered.push(label(candidate.number, candidate.text));
  }
  const lines = [uiText(survey.locale, 'hoverOrganisation', { organisation: organisation.name, answered: answered.length, total: questions.length })];
  if (notAnswered.length > 0) lines.push(uiText(survey.locale, 'hoverMissing', { names: notAnswered.join(', ') }));
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: rangeOfOffsets(survey, organisation.start, organisation.end) };
}
