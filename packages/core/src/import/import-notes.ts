import type { LocalizedText } from '../i18n/locale.js';

/** What an importer tells a person to check, in every supported language; `{…}` filled from a note's data. */
export const IMPORT_NOTE_TEXTS = {
  noTitle: { en: 'no title found; give one with --title', sv: 'ingen titel hittades; ange en med --title' },
  noOrganisationColumn: {
    en: 'no organisation column among the headers ({headers}); name it with --org-column',
    sv: 'ingen organisationskolumn bland rubrikerna ({headers}); ange den med --org-column',
  },
  unknownOrganisationColumn: {
    en: 'no column is headed "{column}" (headers: {headers})',
    sv: 'ingen kolumn har rubriken "{column}" (rubriker: {headers})',
  },
  skippedColumn: { en: 'left out the column "{column}" (respondent details, not a question)', sv: 'utelämnade kolumnen "{column}" (uppgifter om den som svarat, ingen fråga)' },
  rowWithoutOrganisation: {
    en: 'row {row} names no organisation; its answers are under "{organisation}"',
    sv: 'rad {row} anger ingen organisation; dess svar ligger under "{organisation}"',
  },
  repeatedOrganisation: {
    en: '{organisation} answered on more than one row (rows {rows}); every row is kept',
    sv: '{organisation} svarade på mer än en rad (rad {rows}); alla rader behölls',
  },
  questionOutsideParts: {
    en: 'question {number} is in no --part range; it stays in the part before it',
    sv: 'fråga {number} ligger inte i något --part-intervall; den ligger kvar i delen före',
  },
  numberedQuestion: { en: 'question "{question}" had no number; numbered it {number}', sv: 'frågan "{question}" saknade nummer; numrerade den {number}' },
  continuationRow: {
    en: 'joined a row without an organisation to the answer of {organisation} (question {number})',
    sv: 'lade en rad utan organisation till svaret från {organisation} (fråga {number})',
  },
  tableWithoutQuestion: {
    en: 'a table ({rows} rows) follows no question; made it question {number} "{question}"',
    sv: 'en tabell ({rows} rader) hör inte till någon fråga; gjorde den till fråga {number} "{question}"',
  },
  tableWithoutOrganisationColumn: {
    en: 'the table of question {number} has no organisation column (header "{header}"); read its first column as the organisations',
    sv: 'tabellen till fråga {number} saknar organisationskolumn (rubrik "{header}"); läste dess första kolumn som organisationerna',
  },
  secondTable: {
    en: 'question {number} has a second table; its rows are added to the question\'s answers',
    sv: 'fråga {number} har en andra tabell; dess rader lades till frågans svar',
  },
  textAfterQuestions: {
    en: 'text after the last table is kept as the lead of question {number}',
    sv: 'text efter den sista tabellen behölls som inledning till fråga {number}',
  },
  leftOutCoverage: {
    en: 'left out the coverage table "{heading}" (counts, not answers; rus-survey recounts them)',
    sv: 'utelämnade täckningstabellen "{heading}" (antal, inga svar; rus-survey räknar om dem)',
  },
  readerMessage: { en: 'reading the file: {message}', sv: 'vid läsning av filen: {message}' },
} satisfies Record<string, LocalizedText>;

export type ImportNoteId = keyof typeof IMPORT_NOTE_TEXTS;

/** One thing the importer changed or could not place, for a person to check. */
export interface ImportNote {
  id: ImportNoteId;
  data: Readonly<Record<string, string | number>>;
}

export const importNote = (id: ImportNoteId, data: Readonly<Record<string, string | number>> = {}): ImportNote => ({ id, data });
