import { knownOrganisation } from '../organisations/known-organisations.js';
import { ROSTER_PRESET_ORGANISATIONS } from '../organisations/roster-presets.js';
import type { Config } from '../schema/config.js';
import { RosterInputSchema, type Roster, type RosterEntry, type RosterInput } from '../schema/roster.js';
import type { Survey } from '../schema/survey.js';
import { countAnsweringOrganisations } from './answering-organisations.js';
import { foldText } from './fold-text.js';
import { findNearDuplicates, type AnsweringOrganisation, type NearDuplicate } from './near-duplicates.js';

/**
 * The roster entries an `organisations:` value stands for, in order: names, names with aliases, and each
 * preset's organisations with their earlier names as aliases. A name listed twice is one entry.
 */
export function normalizeRosterEntries(input: RosterInput): RosterEntry[] {
  const parsed = RosterInputSchema.safeParse(input);
  if (!parsed.success) return [];
  const entries: RosterEntry[] = [];
  const byKey = new Map<string, RosterEntry>();
  const add = (name: string, aliases: readonly string[]): void => {
    const key = foldText(name);
    const existing = byKey.get(key);
    if (existing) {
      for (const alias of aliases) if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
      return;
    }
    const entry = { name, aliases: [...aliases] };
    byKey.set(key, entry);
    entries.push(entry);
  };
  for (const item of Array.isArray(parsed.data) ? parsed.data : [parsed.data]) {
    if (typeof item === 'string') add(item, []);
    else if ('name' in item) add(item.name, item.aliases);
    else for (const preset of Array.isArray(item.preset) ? item.preset : [item.preset]) {
      for (const organisation of ROSTER_PRESET_ORGANISATIONS[preset]) add(organisation.name, organisation.aliases);
    }
  }
  return entries;
}

export interface ResolvedRoster {
  roster: Roster;
  /** Inferred rosters only: written names (folded) that are another spelling of a roster organisation. */
  nearDuplicates: Map<string, NearDuplicate>;
}

/**
 * The organisations that answer, one per real organisation: names that are the same known organisation
 * ("Stockholms läns landsting" in 2018, "Region Stockholm" later) are one, under the name used most.
 */
function answeringOrganisations(survey: Survey): (AnsweringOrganisation & { writtenNames: string[] })[] {
  const byIdentity = new Map<string, AnsweringOrganisation & { writtenNames: string[]; bestCount: number }>();
  for (const written of countAnsweringOrganisations(survey)) {
    const known = knownOrganisation(written.name);
    const identity = known ? `known:${foldText(known.name)}` : written.key;
    const existing = byIdentity.get(identity);
    if (!existing) {
      const forms = known ? [...new Set([written.key, ...[known.name, ...known.aliases].map(foldText)])] : [written.key];
      byIdentity.set(identity, {
        name: written.name,
        writtenKeys: [written.key],
        writtenNames: [written.name],
        forms,
        count: written.count,
        questions: new Set(written.questions),
        labels: [...written.labels],
        known,
        bestCount: written.count,
      });
      continue;
    }
    existing.writtenKeys.push(written.key);
    existing.writtenNames.push(written.name);
    if (!existing.forms.includes(written.key)) existing.forms.push(written.key);
    existing.count += written.count;
    for (const question of written.questions) existing.questions.add(question);
    for (const label of written.labels) if (!existing.labels.includes(label)) existing.labels.push(label);
    if (written.count > existing.bestCount) {
      existing.name = written.name;
      existing.bestCount = written.count;
    }
  }
  return [...byIdentity.values()];
}

/**
 * The inferred roster of each model, which depends on the model alone: a lint, `fixSurvey`'s guard and the
 * compare views ask for the roster of the same model, and the near-duplicate search is the costly part.
 */
const inferredBySurvey = new WeakMap<Survey, ResolvedRoster>();

/**
 * Who is expected to answer: the front matter's `organisations`, else the config's, else everyone who
 * answers at least one question (first-seen order), leaving out names that are another spelling of one of
 * them. The near-duplicates travel with the roster; the inferred one is computed once per model.
 */
export function resolveRosterDetailed(survey: Survey, config: Config = {}): ResolvedRoster {
  const fromFrontMatter = survey.frontMatter?.data['organisations'] as RosterInput | undefined;
  const frontMatterEntries = fromFrontMatter ? normalizeRosterEntries(fromFrontMatter) : [];
  if (frontMatterEntries.length > 0) return { roster: { source: 'front-matter', organisations: frontMatterEntries }, nearDuplicates: new Map() };
  const configEntries = config.organisations ? normalizeRosterEntries(config.organisations) : [];
  if (configEntries.length > 0) return { roster: { source: 'config', organisations: configEntries }, nearDuplicates: new Map() };

  const known = inferredBySurvey.get(survey);
  if (known) return known;
  const organisations = answeringOrganisations(survey);
  const nearDuplicates = findNearDuplicates(organisations);
  const entries = organisations
    .filter((organisation) => !organisation.writtenKeys.every((key) => nearDuplicates.has(key)))
    .map((organisation) => {
      const names = [organisation.name, ...(organisation.known ? [organisation.known.name, ...organisation.known.aliases] : [])];
      const aliases = [...new Set([...organisation.writtenNames, ...names].filter((name) => foldText(name) !== foldText(organisation.name)))];
      return { name: organisation.name, aliases };
    });
  const resolved: ResolvedRoster = { roster: { source: 'inferred', organisations: entries }, nearDuplicates };
  inferredBySurvey.set(survey, resolved);
  return resolved;
}

/** Who is expected to answer (see `resolveRosterDetailed`). */
export function resolveRoster(survey: Survey, config: Config = {}): Roster {
  return resolveRosterDetailed(survey, config).roster;
}
