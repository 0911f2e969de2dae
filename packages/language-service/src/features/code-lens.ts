// Above each question: "n/m answered", which runs the server's own command (who is missing, shown as a
// message), so it works in every client; and "Compare", which opens the compare view, only for clients that
// declared they run `rusSurvey.compareRegions` (initializationOptions.clientCommands: the VS Code extension).
import { allQuestions } from '@rus-survey/core';
import type { CodeLens } from 'vscode-languageserver-types';
import { COMPARE_REGIONS_COMMAND, SHOW_COVERAGE_COMMAND } from '@rus-survey/protocol';
import { toLspRange } from '../positions.js';
import { questionStatus, type ValidatedSurvey } from '../survey-lookup.js';
import { uiText } from '../ui-text.js';

export function codeLenses(survey: ValidatedSurvey, clientCommands: ReadonlySet<string>): CodeLens[] {
  const canCompare = clientCommands.has(COMPARE_REGIONS_COMMAND);
  return allQuestions(survey.result.survey).flatMap((question) => {
    const range = toLspRange(question.heading.range);
    const status = questionStatus(survey, question);
    const title = uiText(survey.locale, 'lensAnswered', { answered: status.answered.length, total: status.total });
    const lenses: CodeLens[] = [{ range, command: { title, command: SHOW_COVERAGE_COMMAND, arguments: [survey.uri, range.start.line] } }];
    if (canCompare && question.number !== null) lenses.push({ range, command: { title: uiText(survey.locale, 'lensCompare'), command: COMPARE_REGIONS_COMMAND, arguments: [question.number] } });
    return lenses;
  });
}
