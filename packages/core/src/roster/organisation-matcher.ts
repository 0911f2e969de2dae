import { closest, distance } from 'fastest-levenshtein';
import type { Roster, RosterEntry } from '../schema/roster.js';
import { foldText } from './fold-text.js';

/** Resolves written organisation names (names or aliases, whitespace and case folded) to roster entries. */
export interface OrganisationMatcher {
  resolve(written: string): RosterEntry | undefined;
  /**
   * The roster name closest to `written` when it is close enough to be a likely typo, and whether it is close
   * enough to rename without asking (a word added or dropped, or at most two letters off).
   */
  suggest(written: string): { name: string; confident: boolean } | undefined;
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
      // "Region Örebro" for "Region Örebro län"; a single word ("Region") matches too much to count.
      const wordPrefix = (shorter: string, longer: string): boolean => shorter.includes(' ') && longer.startsWith(`${shorter} `);
      const prefixed = keys.find((candidate) => wordPrefix(key, candidate) || wordPrefix(candidate, key));
      const best = prefixed ?? closest(key, keys);
      const edits = distance(key, best);
      const name = byKey.get(best)?.name;
      if (name === undefined) return undefined;
      if (prefixed !== undefined || edits <= 2) return { name, confident: true };
      return edits <= Math.floor(best.length * 0.3) ? { name, confident: false } : undefined;
    },
  };
}
