// rusSurvey/navigate: jump to the next organisation's answer to this question, or this organisation's answer
// to the next question, skipping missing answers and wrapping at the ends.
import { allQuestions, type Answer, type Question } from '@rus-survey/core';
import type { Location } from 'vscode-languageserver-types';
import type { NavigateDirection } from '@rus-survey/protocol';
import { toLspRange } from '../positions.js';
import { answerAt, canonicalName, offsetOf, organisationOrder, questionAt, type ValidatedSurvey } from '../survey-lookup.js';

/** Steps from `index` by `step` through a ring of `length`, returning the first index `accept` takes. */
function stepRing(length: number, index: number, step: 1 | -1, accept: (candidate: number) => boolean): number | undefined {
  for (let i = 1; i <= length; i++) {
    const candidate = (((index + step * i) % length) + length) % length;
    if (accept(candidate)) return candidate;
  }
  return undefined;
}

function answerOf(survey: ValidatedSurvey, question: Question, organisation: string): Answer | undefined {
  return question.answers.find((answer) => canonicalName(survey, answer.organisation.text) === organisation);
}

export function navigate(survey: ValidatedSurvey, position: Parameters<typeof offsetOf>[1], direction: NavigateDirection): Location | null {
  const offset = offsetOf(survey, position);
  const questions = allQuestions(survey.result.survey);
  const question = questionAt(survey, offset);
  const current = question ? answerAt(question, offset) : undefined;
  const organisation = current ? canonicalName(survey, current.organisation.text) : undefined;
  const location = (answer: Answer): Location => ({ uri: survey.uri, range: toLspRange(answer.anchor) });
  const step = direction === 'nextOrganisation' || direction === 'nextQuestion' ? 1 : -1;

  if (direction === 'nextOrganisation' || direction === 'previousOrganisation') {
    if (!question || question.answers.length === 0) return null;
    const order = organisationOrder(survey);
    // On the heading (no answer yet), "next" starts before the first organisation, "previous" after the last.
    const from = organisation !== undefined ? order.indexOf(organisation) : step === 1 ? -1 : order.length;
    const found = stepRing(order.length, from, step, (index) => answerOf(survey, question, order[index]!) !== undefined);
    return found === undefined ? null : location(answerOf(survey, question, order[found]!)!);
  }

  const from = question ? questions.indexOf(question) : nextQuestionIndexAfter(questions, offset, step);
  if (organisation === undefined) {
    // No organisation under the cursor: go to the neighbouring question's heading.
    const target = questions[question ? (((from + step) % questions.length) + questions.length) % questions.length : from];
    return target ? { uri: survey.uri, range: toLspRange(target.heading.range) } : null;
  }
  const found = stepRing(questions.length, from, step, (index) => answerOf(survey, questions[index]!, organisation) !== undefined);
  return found === undefined ? null : location(answerOf(survey, questions[found]!, organisation)!);
}

/** Outside any question (intro, front matter): the first question after the cursor, or the last before it. */
function nextQuestionIndexAfter(questions: readonly Question[], offset: number, step: 1 | -1): number {
  if (step === 1) {
    const index = questions.findIndex((question) => question.range.start.offset >= offset);
    return index === -1 ? 0 : index;
  }
  for (let i = questions.length - 1; i >= 0; i--) if (questions[i]!.range.end.offset <= offset) return i;
  return questions.length - 1;
}
