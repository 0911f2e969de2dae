// Go to definition on an organisation: its roster entry, in the front matter or in the config file.
import { readFileSync } from 'node:fs';
import type { Location, Position } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { createLineIndex } from '@rus-survey/core';
import { toLspRange } from '../positions.js';
import { findListedName, offsetOf, organisationAt, rangeOfOffsets, rosterEntryInFrontMatter, type ValidatedSurvey } from '../survey-lookup.js';

/** Where the roster lists `name`: the front matter, else the config file that supplied the roster. */
export function rosterEntryLocation(survey: ValidatedSurvey, name: string): Location | null {
  const inFrontMatter = rosterEntryInFrontMatter(survey, name);
  if (inFrontMatter) return { uri: survey.uri, range: rangeOfOffsets(survey, inFrontMatter.start, inFrontMatter.end) };
  const configPath = survey.configSource.path;
  if (survey.roster.source !== 'config' || !configPath) return null;
  try {
    const text = readFileSync(configPath, 'utf8');
    const found = findListedName(text, name);
    if (!found) return null;
    return { uri: URI.file(configPath).toString(), range: toLspRange(createLineIndex(text).range(found.start, found.end)) };
  } catch {
    return null;
  }
}

export function definition(survey: ValidatedSurvey, position: Position): Location | null {
  const organisation = organisationAt(survey, offsetOf(survey, position));
  return organisation ? rosterEntryLocation(survey, organisation.name) : null;
}
