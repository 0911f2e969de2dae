// rusSurvey/rounds and rusSurvey/answerInRound: a survey and its other rounds in the workspace, compared by core.
import { answerInRound, compareRounds, isSameQuestionnaire, type RoundsComparison } from '@rus-survey/core';
import type { Position } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import type { AnswerInRoundResult } from '@rus-survey/protocol';
import { toLspRange } from '../positions.js';
import { offsetOf, validated, type ValidatedSurvey } from '../survey-lookup.js';
import type { SurveyAnalyses } from '../survey-analyses.js';

/** The survey at `uri` with every workspace survey that is a round of the same questionnaire, oldest first. */
export async function rounds(analyses: SurveyAnalyses, uri: string, token: CancellationToken): Promise<RoundsComparison | null> {
  const current = validated(await analyses.analysis(uri));
  if (!current) return null;
  const others = await analyses.allSurveys(token);
  analyses.throwIfModified(current);
  const siblings = others.filter((other) => other.uri !== uri && other.result && isSameQuestionnaire(current.result.survey, other.result.survey));
  return compareRounds([current, ...siblings].map((analysis) => ({ uri: analysis.uri, survey: analysis.result!.survey, config: analysis.config })));
}

/** The same organisation's answer to the same question `step` rounds away from the answer at `position`. */
export async function answerInOtherRound(
  analyses: SurveyAnalyses,
  survey: ValidatedSurvey,
  position: Position,
  step: number,
  token: CancellationToken,
): Promise<AnswerInRoundResult | null> {
  const comparison = await rounds(analyses, survey.uri, token);
  if (!comparison) return null;
  const found = answerInRound(comparison, survey.uri, offsetOf(survey, position), step);
  if (!found) return null;
  return { ...found, location: found.answer ? { uri: found.answer.location.uri, range: toLspRange(found.answer.location.range) } : null };
}
