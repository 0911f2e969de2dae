// The CLI's own texts (rule messages come localized from core). One table, so a missing translation is a type error.
import { localize, resolveLocale, rules, type Locale, type LocalizedText } from '@rus-survey/core';
import { escapeTerminalText } from './terminal-text.js';

export type { Locale };

/** The rule ids, first to last, from core's registry (a new rule must not leave this text behind). */
const ruleIdRange = `${rules[0]!.id}–${rules[rules.length - 1]!.id}`;

const texts = {
  programDescription: {
    en: 'Lint, fix, import and compare RUS survey Markdown.',
    sv: 'Granska, rätta, importera och jämför RUS-enkäter i Markdown.',
  },
  lintDescription: { en: 'Lint survey files (default: every survey under the current folder).', sv: 'Granska enkätfiler (standard: alla enkäter under aktuell mapp).' },
  importDescription: {
    en: "Convert a Word document (.docx), a web form's export (.csv, .xlsx) or the seed's text export to survey Markdown.",
    sv: 'Gör om ett Word-dokument (.docx), en webbenkäts export (.csv, .xlsx) eller enkätens textexport till enkät-Markdown.',
  },
  exportDescription: { en: 'Write a survey as a Word document (docx) or the HTML report (html).', sv: 'Skriv en enkät som Word-dokument (docx) eller HTML-rapport (html).' },
  compareDescription: { en: 'Compare the answers of several surveys as a questions × organisations table.', sv: 'Jämför svaren i en eller flera enkäter som en tabell med frågor × organisationer.' },
  statsDescription: { en: 'Show coverage per question and per organisation.', sv: 'Visa svarstäckning per fråga och per organisation.' },
  argPaths: { en: 'files, folders or globs', sv: 'filer, mappar eller globmönster' },
  argImportFile: { en: 'a .docx, .xlsx, .csv or the text export (.txt)', sv: 'en .docx, .xlsx, .csv eller textexporten (.txt)' },
  optFrom: { en: 'the file\'s format (default: from its extension)', sv: 'filens format (standard: efter filändelsen)' },
  optOrgColumn: { en: 'the header of the organisation column (web forms)', sv: 'rubriken på organisationskolumnen (webbenkäter)' },
  optTitle: { en: 'the survey\'s title', sv: 'enkätens titel' },
  optPart: { en: 'a part by question numbers, e.g. "Del ett: Styrning"=1-4 (repeatable)', sv: 'en del efter frågenummer, t.ex. "Del ett: Styrning"=1-4 (kan upprepas)' },
  optRoster: { en: 'who is expected to answer: a preset (sweden-regions, …) or names, comma-separated', sv: 'vilka som väntas svara: en förinställning (sweden-regions, …) eller namn, kommaseparerade' },
  optCoverage: { en: 'add a coverage table', sv: 'lägg till en tabell över svarstäckningen' },
  argSurveyFiles: { en: 'survey files', sv: 'enkätfiler' },
  argSurveyFile: { en: 'a survey file', sv: 'en enkätfil' },
  optFormat: { en: 'output format', sv: 'utdataformat' },
  optFix: { en: 'fix what can be fixed and write the files', sv: 'rätta det som går och skriv filerna' },
  optFixDryRun: { en: 'show the fixes as a unified diff; write nothing', sv: 'visa rättningarna som en unified diff; skriv inget' },
  optMaxFileSize: { en: 'lint files up to this many MB (default 4)', sv: 'granska filer på upp till så många MB (standard 4)' },
  optMaxFileSizeRead: { en: 'read surveys up to this many MB (default 4)', sv: 'läs enkäter på upp till så många MB (standard 4)' },
  optMaxFileSizeImport: {
    en: 'read the file up to this many MB (default 4 for text, 32 for .docx, .xlsx and .csv)',
    sv: 'läs filen upp till så många MB (standard 4 för text, 32 för .docx, .xlsx och .csv)',
  },
  optMaxWarnings: { en: 'exit with 1 when there are more warnings than this', sv: 'avsluta med 1 om det finns fler varningar än så' },
  optQuiet: { en: 'report errors only', sv: 'rapportera bara fel' },
  optConfig: { en: 'use this config file instead of the nearest one', sv: 'använd denna konfigurationsfil i stället för den närmaste' },
  optRule: { en: 'set a rule\'s severity, e.g. RUS002=error or missing-organisation=off (repeatable)', sv: 'ange en regels allvarlighetsgrad, t.ex. RUS002=error eller missing-organisation=off (kan upprepas)' },
  optLocale: { en: 'language of messages (default from LC_ALL, LC_MESSAGES, LANG)', sv: 'språk för meddelanden (standard från LC_ALL, LC_MESSAGES, LANG)' },
  optOutput: { en: 'write the output to this file instead of stdout', sv: 'skriv utdata till denna fil i stället för stdout' },
  optOutputOffice: {
    en: 'write the output to this file instead of stdout (required for docx and xlsx, which are not text)',
    sv: 'skriv utdata till denna fil i stället för stdout (krävs för docx och xlsx, som inte är text)',
  },
  optOrgs: { en: 'only these organisations, comma-separated, in this order', sv: 'bara dessa organisationer, kommaseparerade, i denna ordning' },
  optQuestions: { en: 'only these question numbers, comma-separated', sv: 'bara dessa frågenummer, kommaseparerade' },

  errorPrefix: { en: 'rus-survey: {message}', sv: 'rus-survey: {message}' },
  internalError: { en: 'internal error: {message} (set RUS_SURVEY_DEBUG=1 for details)', sv: 'internt fel: {message} (sätt RUS_SURVEY_DEBUG=1 för detaljer)' },
  fileMissing: { en: 'cannot read {file}: no such file or folder', sv: 'kan inte läsa {file}: filen eller mappen finns inte' },
  fileUnreadable: { en: 'cannot read {file}: {reason}', sv: 'kan inte läsa {file}: {reason}' },
  fileIsFolder: { en: '{file} is a folder, not a file', sv: '{file} är en mapp, inte en fil' },
  fileTooLarge: {
    en: '{file} is {size} MB, over the limit of {limit} MB (--max-file-size <MB> raises it)',
    sv: '{file} är {size} MB, över gränsen på {limit} MB (--max-file-size <MB> höjer den)',
  },
  lintWorkerFailedOn: { en: 'linting {file} on a worker thread failed: {reason}', sv: 'granskningen av {file} i en arbetstråd misslyckades: {reason}' },
  lintWorkerFailed: { en: 'a lint worker thread failed: {reason}', sv: 'en arbetstråd för granskningen misslyckades: {reason}' },
  fileBinary: { en: '{file} is a binary file (it contains NUL bytes), not a survey', sv: '{file} är en binärfil (den innehåller NUL-byte), inte en enkät' },
  noticeUtf16: { en: 'notice: {file} is UTF-16 ({order}); read it as such', sv: 'observera: {file} är UTF-16 ({order}); läste den som sådan' },
  noticeWindows1252: { en: 'notice: {file} is not UTF-8; read it as Windows-1252', sv: 'observera: {file} är inte UTF-8; läste den som Windows-1252' },
  fileNotRegular: { en: 'skipped {file}: it is a {type}, not a regular file', sv: 'hoppade över {file}: den är en {type}, inte en vanlig fil' },
  fileLinkLoop: { en: 'cannot read {file}: its symbolic links form a loop', sv: 'kan inte läsa {file}: dess symboliska länkar bildar en slinga' },
  fileReadOnly: { en: 'cannot write {file}: it is read-only (no write permission); left it as it is', sv: 'kan inte skriva {file}: den är skrivskyddad (saknar skrivrättighet); lämnade den orörd' },
  noticeBrokenUtf8: {
    en: 'notice: {file} is UTF-8 with bytes that are not (first on line {line}); read them as \uFFFD, a guess: --fix will not write this file',
    sv: 'observera: {file} är UTF-8 med byte som inte är det (först på rad {line}); läste dem som \uFFFD, en gissning: --fix skriver inte denna fil',
  },
  noticeBrokenUtf16: {
    en: 'notice: {file} is UTF-16 ({order}) with bytes that are not (first on line {line}); read them as \uFFFD, a guess: --fix will not write this file',
    sv: 'observera: {file} är UTF-16 ({order}) med byte som inte är det (först på rad {line}); läste dem som \uFFFD, en gissning: --fix skriver inte denna fil',
  },
  noticeGuessWindows1252: {
    en: 'notice: {file} is not UTF-8 and not clearly Windows-1252 (a byte on line {line} is no letter); read it as Windows-1252, a guess: --fix will not write this file',
    sv: 'observera: {file} är varken UTF-8 eller tydligt Windows-1252 (en byte på rad {line} är ingen bokstav); läste den som Windows-1252, en gissning: --fix skriver inte denna fil',
  },
  fixRefusedGuess: {
    en: 'not fixed {file}: its encoding was a guess (see the notice); save it as UTF-8 and run again',
    sv: 'rättade inte {file}: dess teckenkodning var en gissning (se observationen); spara den som UTF-8 och kör igen',
  },
  fixRefusedEncoding: {
    en: 'not fixed {file}: the fixes need characters that Windows-1252 cannot hold; save it as UTF-8 and run again',
    sv: 'rättade inte {file}: rättningarna behöver tecken som Windows-1252 inte kan lagra; spara den som UTF-8 och kör igen',
  },
  noMatch: { en: 'no files match "{pattern}"', sv: 'inga filer matchar "{pattern}"' },
  noSurveysIn: { en: 'no survey files in {folder} (a survey is a *.survey.md file, or Markdown with `rus-survey: true` in its front matter, or matched by the config\'s `files`)', sv: 'inga enkätfiler i {folder} (en enkät är en *.survey.md-fil, eller Markdown med `rus-survey: true` i front matter, eller matchad av konfigurationens `files`)' },
  noSurveys: { en: 'no survey files to lint', sv: 'inga enkätfiler att granska' },
  notASurvey: { en: 'notice: skipped {file}: not a survey (name it *.survey.md or add `rus-survey: true` to its front matter)', sv: 'observera: hoppade över {file}: inte en enkät (döp den till *.survey.md eller lägg till `rus-survey: true` i front matter)' },
  invalidConfig: { en: 'invalid config {location}: {message}', sv: 'ogiltig konfiguration {location}: {message}' },
  badRuleOption: { en: 'invalid --rule "{value}": use ID=SEVERITY, e.g. RUS002=error (severities: error, warning, info, off)', sv: 'ogiltig --rule "{value}": använd ID=NIVÅ, t.ex. RUS002=error (nivåer: error, warning, info, off)' },
  unknownRule: {
    en: `invalid --rule "{value}": unknown rule "{rule}"; use an id (${ruleIdRange}) or a rule name`,
    sv: `ogiltig --rule "{value}": okänd regel "{rule}"; använd ett id (${ruleIdRange}) eller ett regelnamn`,
  },
  badNumber: { en: 'invalid {option} "{value}": expected a whole number of 0 or more', sv: 'ogiltigt {option} "{value}": ett heltal 0 eller större väntades' },
  badQuestions: { en: 'invalid --questions "{value}": expected question numbers such as 1,4', sv: 'ogiltigt --questions "{value}": frågenummer som 1,4 väntades' },
  fixConflict: { en: 'fix conflict: use either --fix or --fix-dry-run', sv: 'konflikt: använd antingen --fix eller --fix-dry-run' },
  changedSinceRead: { en: '{file} changed while it was being fixed; left it as it is (run again)', sv: '{file} ändrades medan den rättades; lämnade den orörd (kör igen)' },
  writeFailed: { en: 'cannot write {file}: {reason}', sv: 'kan inte skriva {file}: {reason}' },
  outputIsInput: {
    en: 'will not write to {file}: it is one of the files read; choose another output file',
    sv: 'skriver inte till {file}: den är en av filerna som läses; välj en annan utdatafil',
  },
  tooManyWarnings: { en: 'rus-survey found too many warnings: {count} (maximum: {max}).', sv: 'rus-survey hittade för många varningar: {count} (högst: {max}).' },
  fixedFiles: { en: 'fixed {fixes} in {files}', sv: 'rättade {fixes} i {files}' },
  fixesWithheld: {
    en: 'notice: {file}: held back {count} that would have changed who said what; fix by hand',
    sv: 'observera: {file}: höll tillbaka {count} som skulle ha ändrat vem som sa vad; rätta för hand',
  },
  progress: { en: 'linting {done}/{total} files', sv: 'granskar {done}/{total} filer' },
  importNote: { en: 'note: {note}', sv: 'anm.: {note}' },
  importRecognised: {
    en: '{file}: recognised {parts} parts, {questions} questions, {organisations} organisations, {answers} answers',
    sv: '{file}: hittade {parts} delar, {questions} frågor, {organisations} organisationer, {answers} svar',
  },
  importOrganisations: { en: 'organisations: {names}', sv: 'organisationer: {names}' },
  importSkippedColumns: { en: 'left out columns: {columns}', sv: 'utelämnade kolumner: {columns}' },
  badPart: { en: 'invalid --part "{value}": use "NAME"=FROM-TO, e.g. "Del ett: Styrning"=1-4', sv: 'ogiltig --part "{value}": använd "NAMN"=FRÅN-TILL, t.ex. "Del ett: Styrning"=1-4' },
  binaryNeedsOutput: { en: '--format {format} writes a binary file: name it with -o FILE', sv: '--format {format} skriver en binärfil: ange den med -o FIL' },
  emptyCompare: { en: 'no questions to compare (check --questions and --orgs)', sv: 'inga frågor att jämföra (kontrollera --questions och --orgs)' },

  // Report texts
  problems: { en: '{problems} ({errors}, {warnings}, {infos})', sv: '{problems} ({errors}, {warnings}, {infos})' },
  fixable: { en: '{problems} fixable with the `--fix` option.', sv: '{problems} kan rättas med flaggan `--fix`.' },
  severity_error: { en: 'error', sv: 'fel' },
  severity_warning: { en: 'warning', sv: 'varning' },
  severity_info: { en: 'info', sv: 'info' },
  status_answered: { en: 'answered', sv: 'besvarad' },
  'status_no-answer': { en: 'no answer', sv: 'inget svar' },
  status_empty: { en: 'empty', sv: 'tom' },
  status_placeholder: { en: 'placeholder', sv: 'platshållare' },
  status_missing: { en: 'missing', sv: 'saknas' },
  coverageTitle: { en: 'Coverage', sv: 'Svarstäckning' },
  question: { en: 'Question', sv: 'Fråga' },
  organisation: { en: 'Organisation', sv: 'Organisation' },
  answered: { en: 'Answered', sv: 'Besvarade' },
  noAnswer: { en: 'No answer', sv: 'Inget svar' },
  emptyOrPlaceholder: { en: 'Empty', sv: 'Tomma' },
  missing: { en: 'Missing', sv: 'Saknas' },
  total: { en: 'Total', sv: 'Totalt' },
  perQuestion: { en: 'Per question', sv: 'Per fråga' },
  perOrganisation: { en: 'Per organisation', sv: 'Per organisation' },
  legend: {
    en: '✓ answered · – no answer (explicit) · ○ empty or placeholder · ✗ missing',
    sv: '✓ besvarad · – inget svar (uttryckligt) · ○ tom eller platshållare · ✗ saknas',
  },
  roundsTitle: { en: 'Rounds', sv: 'Omgångar' },
  round: { en: 'Round', sv: 'Omgång' },
  file: { en: 'File', sv: 'Fil' },
  questions: { en: 'Questions', sv: 'Frågor' },
  organisations: { en: 'Organisations', sv: 'Organisationer' },
  change: { en: 'Change', sv: 'Ändring' },
  answer: { en: 'Answer', sv: 'Svar' },
  notAsked: { en: '(not asked)', sv: '(frågades inte)' },
  answerChanges: {
    en: 'Answers: {new} new, {removed} removed, {edited} edited, {unchanged} unchanged',
    sv: 'Svar: {new} nya, {removed} borttagna, {edited} ändrade, {unchanged} oförändrade',
  },
  questionsAdded: { en: 'Questions added', sv: 'Nya frågor' },
  questionsDropped: { en: 'Questions dropped', sv: 'Frågor som utgått' },
  questionsMoved: { en: 'Questions renumbered or reworded', sv: 'Frågor med nytt nummer eller ny lydelse' },
  matchedBy_number: { en: 'same number', sv: 'samma nummer' },
  matchedBy_text: { en: 'same wording', sv: 'samma lydelse' },
  'matchedBy_same-as': { en: 'same-as', sv: 'same-as' },
  reworded: { en: 'reworded', sv: 'omformulerad' },
  organisationsJoined: { en: 'Answered in this round, not the one before', sv: 'Svarade i denna omgång, inte i den förra' },
  organisationsLeft: { en: 'Answered in the round before, not this one', sv: 'Svarade i förra omgången, inte i denna' },
  unresolvedSameAs: {
    en: 'same-as in round {round}, question {question}: "{target}" names no question of the round before',
    sv: 'same-as i omgång {round}, fråga {question}: "{target}" anger ingen fråga i omgången före',
  },
  change_new: { en: 'new', sv: 'ny' },
  change_removed: { en: 'removed', sv: 'borttagen' },
  change_unchanged: { en: 'unchanged', sv: 'oförändrad' },
  change_edited: { en: 'edited', sv: 'ändrad' },
  change_unanswered: { en: 'unanswered', sv: 'obesvarad' },
  roundsFormat: {
    en: '--by organisation writes {formats}, not {format}',
    sv: '--by organisation skriver {formats}, inte {format}',
  },
  roundsNeedTwo: { en: '--by organisation compares rounds: name two or more survey files', sv: '--by organisation jämför omgångar: ange två eller fler enkätfiler' },
  optBy: {
    en: 'question: one questions × organisations table; organisation: the files as rounds of one questionnaire, each organisation\'s answers side by side with what changed',
    sv: 'question: en tabell med frågor × organisationer; organisation: filerna som omgångar av samma enkät, varje organisations svar sida vid sida med vad som ändrats',
  },
  inAll: { en: 'In all: {answered}/{cells} answered ({percent} %)', sv: 'Totalt: {answered}/{cells} besvarade ({percent} %)' },
} satisfies Record<string, LocalizedText>;

export type TextId = keyof typeof texts;

/** A text with its values filled in; the values (file names, notes, names from surveys) escaped for a terminal. */
export function t(locale: Locale, id: TextId, data?: Readonly<Record<string, string | number>>): string {
  const safe = data && Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === 'string' ? escapeTerminalText(value) : value]));
  return localize(texts[id], locale, safe);
}

/** `--locale` wins; else the POSIX variables in their order of precedence. */
export function localeFrom(option: string | undefined, env: NodeJS.ProcessEnv): Locale {
  if (option === 'en' || option === 'sv') return option;
  return resolveLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

const nouns: Record<'problem' | 'error' | 'warning' | 'info' | 'file' | 'fix', Record<Locale, [string, string]>> = {
  file: { en: ['file', 'files'], sv: ['fil', 'filer'] },
  fix: { en: ['fix', 'fixes'], sv: ['rättning', 'rättningar'] },
  problem: { en: ['problem', 'problems'], sv: ['problem', 'problem'] },
  error: { en: ['error', 'errors'], sv: ['fel', 'fel'] },
  warning: { en: ['warning', 'warnings'], sv: ['varning', 'varningar'] },
  info: { en: ['info', 'info'], sv: ['info', 'info'] },
};

/** `1 warning`, `13 warnings`; `1 varning`, `13 varningar`. */
export function count(locale: Locale, n: number, noun: keyof typeof nouns): string {
  const [one, many] = nouns[noun][locale];
  return `${n} ${n === 1 ? one : many}`;
}
