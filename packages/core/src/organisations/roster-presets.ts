import type { RosterPreset } from '../schema/roster.js';
import type { KnownOrganisation } from './known-organisation.js';
import { SWEDEN_COUNTY_BOARDS } from './sweden-county-boards.js';
import { SWEDEN_MUNICIPALITIES } from './sweden-municipalities.js';
import { SWEDEN_NATIONAL_BODIES } from './sweden-national-bodies.js';
import { SWEDEN_REGIONS } from './sweden-regions.js';

/** What each `{ preset: … }` in a roster stands for. */
export const ROSTER_PRESET_ORGANISATIONS: Readonly<Record<RosterPreset, readonly KnownOrganisation[]>> = {
  'sweden-regions': SWEDEN_REGIONS,
  'sweden-municipalities': SWEDEN_MUNICIPALITIES,
  'sweden-county-boards': SWEDEN_COUNTY_BOARDS,
  'sweden-national-bodies': SWEDEN_NATIONAL_BODIES,
};
