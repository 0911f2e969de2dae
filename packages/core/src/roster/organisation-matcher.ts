import { closest, distance } from 'fastest-levenshtein';
import type { Roster, RosterEntry } from '../schema/roster.js';
import { foldText } from './fold-text.js';

/** Resolves written organisation names (names or aliases, whitespace and case folded) to roster entries. */
export interface OrganisationMatcher {
  resolve(written: string): RosterEntry | undefined;
  /** The roster name closest to `written`, when it is close enough to be a likely typo; undefined otherwise. */
  suggest(written: string): string | undefined;
}

export function createOrganisationMatcher(roster: Roster): OrganisationMatcher {
  const byKey = new Map<string, RosterEntry>();
  for (const entry of roster.organisations) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = foldText(name);
      if (!byKey.has(key)) byKey.set(key, entry);
    }
  }
  const keys = [...byKey.keys()];
  return {
    resolve: (written) => byKey.get(foldText(written)),
    suggest(written) {
      if (keys.length === 0) return undefined;
      const key = foldText(written);
      const prefixed = keys.find((candidate) => candidate.startsWith(`${key} `) || key.startsWith(`${candidate} `));
      const best = prefixed ?? closest(key, keys);
      const close = prefixed !== undefined || distance(key, best) <= Math.max(2, Math.floor(best.length * 0.3));
      return close ? byKey.get(best)?.name : undefined;
    },
  };
}
