/** A real organisation: its official name, and earlier or common names that mean the same organisation. */
export interface KnownOrganisation {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: 'region' | 'municipality' | 'county-board' | 'national-body';
}
