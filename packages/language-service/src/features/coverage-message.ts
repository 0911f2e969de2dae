// The "n/m answered" lens's command: who answered the question whose heading is on a line, as one message
// (window/showMessage works in every client).
import { allQuestions } from '@rus-survey/core';
import { toLspRange } from '../positions.js';
import { questionStatus, type ValidatedSurvey } from '../survey-lookup.js';
import { uiText } from '../ui-text.js';

export function coverageMessage(survey: ValidatedSurvey, headingLine: number): string | null {
  const question = allQuestions(survey.result.survey).find((candidate) => toLspRange(candidate.heading.range).start.line === headingLine);
  if (!question) return null;
  const status = questionStatus(survey, question);
  const parts = [uiText(survey.locale, 'coverageQuestion', { question: question.number === null ? question.text : String(question.number), answered: status.answered.length, total: status.total })];
  if (status.missing.length > 0) parts.push(uiText(survey.locale, 'hoverMissing', { names: status.missing.join(', ') }));
  if (status.unanswered.length > 0) parts.push(uiText(survey.locale, 'hoverUnanswered', { names: status.unanswered.join(', ') }));
  return parts.join('. ');
}
