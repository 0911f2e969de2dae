/** Headers that name the organisation column: the form's question or a spreadsheet's column name. */
const ORGANISATION_HEADER =
  /^(organisation|organization|org|organisationens namn|organi[sz]ation name|din organisation|your organi[sz]ation|vilken organisation (representerar|tillhör) du|which organi[sz]ation do you represent|region\s*\/\s*kommun|kommun\s*\/\s*region|region|kommun|myndighet|region eller kommun|regionens namn)$/i;
/** Looser: a header that mentions an organisation (a form's question worded otherwise). */
const MENTIONS_ORGANISATION = /organi[sz]ation|region\s*\/\s*kommun/i;

/** What forms and spreadsheets add about the respondent: never a question of the survey. */
const METADATA_HEADER =
  /^(tidst[äa]mpel|timestamp|starttid|sluttid|start time|completion time|end time|senast [äa]ndrad|last modified time|id|svars-?id|response id|respondent( id)?|e-?post(adress)?|e-?mail( address)?|namn|name|ditt namn|your name|ip(-adress| address)?|total points|poäng|quiz feedback|feedback)$/i;

/** A header without the colon, question mark and spaces a form adds around it. */
export const headerKey = (header: string): string => header.trim().replace(/\s+/g, ' ').replace(/[\s:?*]+$/, '');

export function isOrganisationHeader(header: string): boolean {
  return ORGANISATION_HEADER.test(headerKey(header));
}

export function isMetadataHeader(header: string): boolean {
  return METADATA_HEADER.test(headerKey(header));
}

/** The index of the organisation column: the one named (case and spacing folded), else the first recognised header. */
export function organisationColumnIndex(headers: readonly string[], named?: string): number {
  if (named !== undefined) {
    const wanted = headerKey(named).toLowerCase();
    return headers.findIndex((header) => headerKey(header).toLowerCase() === wanted);
  }
  const exact = headers.findIndex(isOrganisationHeader);
  if (exact >= 0) return exact;
  return headers.findIndex((header) => !isMetadataHeader(header) && MENTIONS_ORGANISATION.test(header) && headerKey(header).length <= 80);
}
