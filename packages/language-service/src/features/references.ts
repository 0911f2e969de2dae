// Find references on an organisation: every answer it gave, in every survey of the workspace.
import { allQuestions } from '@rus-survey/core';
import type { Location, Position } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import { toLspRange } from '../positions.js';
import { canonicalName, offsetOf, organisationAt, type ValidatedSurvey } from '../survey-lookup.js';
import { validated } from '../survey-lookup.js';
import type { SurveyAnalyses } from '../survey-analyses.js';
import type { SurveyWorkspace } from '../workspace.js';
import { rosterEntryLocation } from './definition.js';

/** The name `name` resolves to in another survey (its roster may list it under an alias). */
export function nameIn(survey: ValidatedSurvey, name: string): string {
  return survey.organisations.resolve(name)?.name ?? name;
}

export async function references(
  survey: ValidatedSurvey,
  position: Position,
  includeDeclaration: boolean,
  analyses: SurveyAnalyses,
  workspace: SurveyWorkspace,
  token: CancellationToken,
): Promise<Location[] | null> {
  const organisation = organisationAt(survey, offsetOf(survey, position));
  if (!organisation) return null;
  const locations: Location[] = [];
  const surveys = await analyses.allSurveys(token);
  for (const analysis of surveys) {
    const other = validated(analysis);
    if (!other) continue;
    const name = nameIn(other, organisation.name);
    if (includeDeclaration) {
      const declaration = rosterEntryLocation(other, name, workspace);
      if (declaration && !locations.some((l) => l.uri === declaration.uri && l.range.start.line === declaration.range.start.line)) locations.push(declaration);
    }
    for (const question of allQuestions(other.result.survey))
      for (const answer of question.answers)
        if (canonicalName(other, answer.organisation.text) === name) locations.push({ uri: other.uri, range: toLspRange(answer.organisation.range) });
  }
  return locations;
}
