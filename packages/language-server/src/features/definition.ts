// Go to definition on an organisation: its roster entry, in the front matter or in the config file.
import { readFileSync } from 'node:fs';
import type { Location, Position } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { createLineIndex, locateRosterName, rosterSyntaxOfPath } from '@rus-survey/core';
import { toLspRange } from '../positions.js';
import { offsetOf, organisationAt, rangeOfOffsets, rosterEntryInFrontMatter, type ValidatedSurvey } from '../survey-lookup.js';

/** The config files that may hold a config roster, the one used first, then those it extends. */
export function rosterConfigFiles(survey: ValidatedSurvey): string[] {
  const path = survey.configSource.path;
  if (survey.roster.source !== 'config' || !path) return [];
  return [...new Set([path, ...survey.configSource.files])];
}

/** Where the roster lists `name`: the front matter, else the config file that supplied the roster. */
export function rosterEntryLocation(survey: ValidatedSurvey, name: string): Location | null {
  const inFrontMatter = rosterEntryInFrontMatter(survey, name);
  if (inFrontMatter) return { uri: survey.uri, range: rangeOfOffsets(survey, inFrontMatter.start, inFrontMatter.end) };
  for (const path of rosterConfigFiles(survey)) {
    try {
      const text = readFileSync(path, 'utf8');
      const found = locateRosterName(text, rosterSyntaxOfPath(path), name);
      if (found) return { uri: URI.file(path).toString(), range: toLspRange(createLineIndex(text).range(found.start, found.end)) };
    } catch {
      // An unreadable config has no location to offer.
    }
  }
  return null;
}

export function definition(survey: ValidatedSurvey, position: Position): Location | null {
  const organisation = organisationAt(survey, offsetOf(survey, position));
  return organisation ? rosterEntryLocation(survey, organisation.name) : null;
}
