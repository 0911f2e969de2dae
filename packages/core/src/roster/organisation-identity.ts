import { knownOrganisation } from '../organisations/known-organisations.js';
import { foldText } from './fold-text.js';
import type { OrganisationMatcher } from './organisation-matcher.js';

/**
 * Who a written name stands for, as a comparable key: a known organisation under any of its names, else the
 * roster entry a name or alias resolves to, else the folded name. Stable across edits that change how often
 * each name is used, so a before/after comparison keys both sides alike.
 */
export function organisationIdentity(matcher: OrganisationMatcher): (written: string) => string {
  return (written) => {
    const entry = matcher.resolve(written);
    const known = knownOrganisation(written) ?? (entry ? knownOrganisation(entry.name) : undefined);
    return known ? `known:${foldText(known.name)}` : foldText(entry?.name ?? written);
  };
}
