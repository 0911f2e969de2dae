// Above each question: "n/m answered" and "Compare" (opens the compare view on that question in the client).
import { allQuestions } from '@rus-survey/core';
import type { CodeLens } from 'vscode-languageserver';
import { COMPARE_REGIONS_COMMAND } from '@rus-survey/protocol';
import { toLspRange } from '../positions.js';
import { questionStatus, type ValidatedSurvey } from '../survey-lookup.js';
import { uiText } from '../ui-text.js';

export function codeLenses(survey: ValidatedSurvey): CodeLens[] {
  return allQuestions(survey.result.survey).flatMap((question) => {
    const range = toLspRange(question.heading.range);
    const status = questionStatus(survey, question);
    // An empty command id makes a label that is not clickable.
    const lenses: CodeLens[] = [{ range, command: { title: uiText(survey.locale, 'lensAnswered', { answered: status.answered.length, total: status.total }), command: '' } }];
    if (question.number !== null) lenses.push({ range, command: { title: uiText(survey.locale, 'lensCompare'), command: COMPARE_REGIONS_COMMAND, arguments: [question.number] } });
    return lenses;
  });
}
