import { distance } from 'fastest-levenshtein';
import { knownOrganisation } from '../organisations/known-organisations.js';
import type { Roster, RosterEntry } from '../schema/roster.js';
import { foldText } from './fold-text.js';
import { differByWholeWords, lettersKey } from './name-similarity.js';

/**
 * Why a written name is taken for a roster organisation it does not match. `words`: one is the other plus
 * whole words; `letters`: the same but for case, accents and punctuation; `similar`: a few letters off.
 */
export type SuggestionEvidence = 'words' | 'letters' | 'similar';

export interface OrganisationSuggestion {
  name: string;
  evidence: SuggestionEvidence;
  /** Certain enough for `--fix` to rename (`words`, `letters`, with one candidate); otherwise only a suggestion. */
  confident: boolean;
}

/** Resolves written organisation names (names or aliases, whitespace and case folded) to roster entries. */
export interface OrganisationMatcher {
  resolve(written: string): RosterEntry | undefined;
  /** True when `written` is the entry's name itself, not one of its aliases. */
  isCanonical(written: string): boolean;
  /**
   * The roster organisation `written` is probably a misspelling of. Never for a name that is itself a real
   * organisation ("Nora kommun" is not a misspelling of "Mora kommun"), whatever the roster holds.
   */
  suggest(written: string): OrganisationSuggestion | undefined;
}

export function createOrganisationMatcher(roster: Roster): OrganisationMatcher {
  const byKey = new Map<string, RosterEntry>();
  const knownEntries = new Set<RosterEntry>();
  for (const entry of roster.organisations) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = foldText(name);
      if (!byKey.has(key)) byKey.set(key, entry);
    }
  }
  // A roster entry that is a known organisation also answers to its other names: "SLL" in a roster listing
  // "Region Stockholm". Names the roster gives to another entry stay that entry's.
  for (const entry of roster.organisations) {
    const known = [entry.name, ...entry.aliases].map(knownOrganisation).find(Boolean);
    if (!known) continue;
    knownEntries.add(entry);
    for (const name of [known.name, ...known.aliases]) {
      const key = foldText(name);
      if (!byKey.has(key)) byKey.set(key, entry);
    }
  }
  const keys = [...byKey.keys()];
  const byLetters = new Map<string, Set<RosterEntry>>();
  for (const [key, entry] of byKey) {
    const letters = lettersKey(key);
    byLetters.set(letters, (byLetters.get(letters) ?? new Set()).add(entry));
  }

  return {
    resolve: (written) => byKey.get(foldText(written)),
    isCanonical: (written) => {
      const entry = byKey.get(foldText(written));
      return entry !== undefined && foldText(entry.name) === foldText(written);
    },
    suggest(written) {
      const key = foldText(written);
      if (keys.length === 0 || key === '' || byKey.has(key) || knownOrganisation(written)) return undefined;
      const certain = (entries: Set<RosterEntry>, evidence: SuggestionEvidence): OrganisationSuggestion | undefined => {
        const [first] = entries;
        return first ? { name: first.name, evidence, confident: entries.size === 1 } : undefined;
      };
      const byWords = new Set(keys.filter((candidate) => differByWholeWords(key, candidate)).map((candidate) => byKey.get(candidate)!));
      const words = certain(byWords, 'words');
      if (words) return words;
      const letters = certain(byLetters.get(lettersKey(key)) ?? new Set(), 'letters');
      if (letters) return letters;
      // A few letters off: the closest, a known organisation first among equals; never certain.
      let best: { entry: RosterEntry; edits: number } | undefined;
      for (const candidate of keys) {
        if (Math.abs(candidate.length - key.length) > Math.floor(key.length * 0.3)) continue;
        const edits = distance(key, candidate);
        const entry = byKey.get(candidate)!;
        if (!best || edits < best.edits || (edits === best.edits && knownEntries.has(entry) && !knownEntries.has(best.entry))) best = { entry, edits };
      }
      if (!best || best.edits > Math.floor(Math.max(key.length, 1) * 0.3)) return undefined;
      return { name: best.entry.name, evidence: 'similar', confident: false };
    },
  };
}
