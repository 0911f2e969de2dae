// rusSurvey/rounds and rusSurvey/answerInRound: a survey and its other rounds in the workspace, compared by core.
import { answerInRound, compareRounds, isSameQuestionnaire, type RoundsComparison } from '@rus-survey/core';
import type { CancellationToken, Position } from 'vscode-languageserver';
import type { AnswerInRoundResult } from '@rus-survey/protocol';
import { toLspRange } from '../positions.js';
import { offsetOf, validated, type ValidatedSurvey } from '../survey-lookup.js';
import type { WorkspaceIndex } from '../workspace-index.js';
import { cancelled } from './cancellation.js';

/** The survey at `uri` with every workspace survey that is a round of the same questionnaire, oldest first. */
export async function rounds(index: WorkspaceIndex, uri: string, token: CancellationToken): Promise<RoundsComparison | null> {
  const current = validated(await index.analysis(uri));
  if (!current) return null;
  const others = await index.allSurveys(() => token.isCancellationRequested);
  if (token.isCancellationRequested) throw cancelled();
  const siblings = others.filter((other) => other.uri !== uri && other.result && isSameQuestionnaire(current.result.survey, other.result.survey));
  return compareRounds([current, ...siblings].map((analysis) => ({ uri: analysis.uri, survey: analysis.result!.survey, config: analysis.config })));
}

/** The same organisation's answer to the same question `step` rounds away from the answer at `position`. */
export async function answerInOtherRound(
  index: WorkspaceIndex,
  survey: ValidatedSurvey,
  position: Position,
  step: number,
  token: CancellationToken,
): Promise<AnswerInRoundResult | null> {
  const comparison = await rounds(index, survey.uri, token);
  if (!comparison) return null;
  const found = answerInRound(comparison, survey.uri, offsetOf(survey, position), step);
  if (!found) return null;
  return { ...found, location: found.answer ? { uri: found.answer.location.uri, range: toLspRange(found.answer.location.range) } : null };
}
