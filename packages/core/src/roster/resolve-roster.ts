import type { Config } from '../schema/config.js';
import type { Roster, RosterEntry, RosterEntryInput } from '../schema/roster.js';
import type { Survey } from '../schema/survey.js';
import { countAnsweringOrganisations } from './answering-organisations.js';
import { findNearDuplicates } from './near-duplicates.js';

export function normalizeRosterEntries(inputs: readonly RosterEntryInput[]): RosterEntry[] {
  return inputs.map((input) =>
    typeof input === 'string' ? { name: input.trim(), aliases: [] } : { name: input.name.trim(), aliases: (input.aliases ?? []).map((a) => a.trim()) },
  );
}

/**
 * Who is expected to answer: the front matter's `organisations`, else the config's, else everyone who
 * answers at least one question (first-seen order), leaving out near-duplicates of a more common name.
 */
export function resolveRoster(survey: Survey, config: Config = {}): Roster {
  const fromFrontMatter = survey.frontMatter?.data['organisations'];
  if (Array.isArray(fromFrontMatter) && fromFrontMatter.length > 0) {
    return { source: 'front-matter', organisations: normalizeRosterEntries(fromFrontMatter as RosterEntryInput[]) };
  }
  if (config.organisations && config.organisations.length > 0) {
    return { source: 'config', organisations: normalizeRosterEntries(config.organisations) };
  }
  const names = countAnsweringOrganisations(survey);
  const duplicates = findNearDuplicates(names);
  return {
    source: 'inferred',
    organisations: names.filter((entry) => !duplicates.has(entry.name)).map((entry) => ({ name: entry.name, aliases: [] })),
  };
}
