// Go to definition on an organisation: its roster entry, in the front matter or in the config file (whose
// text the workspace supplies).
import type { Location, Position } from 'vscode-languageserver-types';
import { createLineIndex, locateRosterName, rosterSyntaxOfPath } from '@rus-survey/core';
import { toLspRange } from '../positions.js';
import { offsetOf, organisationAt, rangeOfOffsets, rosterEntryInFrontMatter, type ValidatedSurvey } from '../survey-lookup.js';
import type { SurveyWorkspace } from '../workspace.js';

/** The config files (URIs) that may hold a config roster: the one used first, then those it extends. */
export function rosterConfigFiles(survey: ValidatedSurvey): string[] {
  const uri = survey.configSource.uri;
  if (survey.roster.source !== 'config' || !uri) return [];
  return [...new Set([uri, ...survey.configSource.fileUris])];
}

/** Where the roster lists `name`: the front matter, else the config file that supplied the roster. */
export function rosterEntryLocation(survey: ValidatedSurvey, name: string, workspace: SurveyWorkspace): Location | null {
  const inFrontMatter = rosterEntryInFrontMatter(survey, name);
  if (inFrontMatter) return { uri: survey.uri, range: rangeOfOffsets(survey, inFrontMatter.start, inFrontMatter.end) };
  for (const uri of rosterConfigFiles(survey)) {
    try {
      const text = workspace.readConfigFile(uri);
      if (text === undefined) continue;
      const found = locateRosterName(text, rosterSyntaxOfPath(uri), name);
      if (found) return { uri, range: toLspRange(createLineIndex(text).range(found.start, found.end)) };
    } catch {
      // A config that cannot be read or parsed has no location to offer.
    }
  }
  return null;
}

export function definition(survey: ValidatedSurvey, position: Position, workspace: SurveyWorkspace): Location | null {
  const organisation = organisationAt(survey, offsetOf(survey, position));
  return organisation ? rosterEntryLocation(survey, organisation.name, workspace) : null;
}
