import { foldText } from '../roster/fold-text.js';
import type { KnownOrganisation } from './known-organisation.js';
import { ROSTER_PRESET_ORGANISATIONS } from './roster-presets.js';

let index: Map<string, KnownOrganisation> | undefined;

/** Folded names and aliases of every known organisation; built on first use (the lists are ~2,000 names). */
function knownIndex(): Map<string, KnownOrganisation> {
  if (index) return index;
  index = new Map();
  for (const list of Object.values(ROSTER_PRESET_ORGANISATIONS)) {
    for (const organisation of list) {
      // Region Gotland is in two lists (region and municipality): the first entry stands for both.
      const owner = index.get(foldText(organisation.name)) ?? organisation;
      for (const name of [organisation.name, ...organisation.aliases]) {
        const key = foldText(name);
        if (!index.has(key)) index.set(key, owner);
      }
    }
  }
  return index;
}

/** The real organisation a written name (its official name or an earlier or common one) stands for. */
export function knownOrganisation(written: string): KnownOrganisation | undefined {
  return knownIndex().get(foldText(written));
}
