/** A part given on the command line: `--part "Del ett: …"=1-4`. */
export interface PartRange {
  title: string;
  from: number;
  to: number;
}

/** What a person can tell an importer that the file does not say. */
export interface ImportOptions {
  /** The survey's title (wins over one found in the file). */
  title?: string;
  /** Parts by question number. */
  parts?: readonly PartRange[];
  /** The roster written to the front matter: names and `{ preset }` entries. */
  roster?: readonly (string | { preset: string })[];
  /** Web forms: the organisation column's header, when it is not one the importer knows. */
  organisationColumn?: string;
}
