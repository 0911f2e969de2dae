import { localize, type LocalizedText } from '../i18n/locale.js';
import { parseOptionsOfConfig } from '../parse/parse-options.js';
import { buildSurvey } from '../parse/parse-survey.js';
import { organisationIdentity } from '../roster/organisation-identity.js';
import { createOrganisationMatcher } from '../roster/organisation-matcher.js';
import { resolveRoster } from '../roster/resolve-roster.js';
import type { Config, Locale } from '../schema/config.js';
import { allQuestions, type Survey } from '../schema/survey.js';
import { escapeTableCell } from '../serialize/markdown-escape.js';
import type { GuardProblem } from './edit-guard.js';

/** Why an organisation cannot be renamed as asked. */
export type RenameProblem =
  | { kind: 'empty' | 'line-break' | 'pipe' | 'markup'; name: string }
  /** The new name is an organisation that already answers a question the renamed one answers. */
  | { kind: 'merge'; name: string; question: string }
  | { kind: 'guard'; problem: GuardProblem };

/** The organisation named in a table row and in a section heading, as the parser reads them back. */
function readsBackAs(name: string): boolean {
  const table = `# T\n\n## P\n\n### 1. Q\n\n| Organisation | Svar |\n| --- | --- |\n| ${escapeTableCell(name)} | x |\n`;
  const sections = `# T\n\n## P\n\n### 1. Q\n\n#### ${name}\n\nx\n`;
  return [table, sections].every((text) => {
    const answers = allQuestions(buildSurvey(text)).flatMap((question) => question.answers);
    return answers.length === 1 && answers[0]!.organisation.text === name && answers[0]!.text === 'x';
  });
}

/**
 * Whether `name` can stand as an organisation's name in a survey: one line, no `|` (it would end a table
 * cell), and plain text that reads back as itself in a table row and in a section heading (no `#`s at the
 * end, no HTML, no leading list or quote marker).
 */
export function organisationNameProblem(name: string): RenameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return { kind: 'empty', name };
  if (/[\r\n\u2028\u2029]/.test(trimmed)) return { kind: 'line-break', name: trimmed };
  if (trimmed.includes('|')) return { kind: 'pipe', name: trimmed };
  if (/<[A-Za-z!/]/.test(trimmed) || !readsBackAs(trimmed)) return { kind: 'markup', name: trimmed };
  return null;
}

/**
 * Renaming `from` to `to` in this survey would merge two organisations when `to` is already an organisation
 * (by name or alias) that answers one of the questions `from` answers.
 */
export function renameMergeProblem(survey: Survey, config: Config, from: string, to: string): RenameProblem | null {
  const identity = organisationIdentity(createOrganisationMatcher(resolveRoster(survey, config)));
  const source = identity(from);
  const target = identity(to);
  if (source === target) return null;
  for (const question of allQuestions(survey)) {
    const keys = question.answers.map((answer) => identity(answer.organisation.text));
    if (keys.includes(source) && keys.includes(target)) return { kind: 'merge', name: to.trim(), question: String(question.number ?? question.text) };
  }
  return null;
}

/** `organisationNameProblem`, then `renameMergeProblem`, for a survey's text. */
export function organisationRenameProblem(text: string, config: Config, from: string, to: string): RenameProblem | null {
  return organisationNameProblem(to) ?? renameMergeProblem(buildSurvey(text, parseOptionsOfConfig(config)), config, from, to.trim());
}

const RENAME_MESSAGES = {
  empty: { en: 'An organisation needs a name.', sv: 'En organisation behöver ett namn.' },
  'line-break': { en: 'An organisation\'s name is one line.', sv: 'En organisations namn är en rad.' },
  pipe: {
    en: '"{name}" contains "|", which would split every table row it is written in.',
    sv: '"{name}" innehåller "|", som skulle dela varje tabellrad där namnet står.',
  },
  markup: {
    en: '"{name}" would be read as Markdown markup, not as a name; write it as plain text.',
    sv: '"{name}" skulle läsas som Markdown-formatering, inte som ett namn; skriv det som vanlig text.',
  },
  merge: {
    en: '"{name}" already answers question {question}: renaming would merge two organisations\' answers.',
    sv: '"{name}" svarar redan på fråga {question}: namnbytet skulle slå ihop två organisationers svar.',
  },
} satisfies Record<string, LocalizedText>;

const GUARD_MESSAGES = {
  'words-lost': {
    en: 'The edit would take words out of the answer of {organisation} to question {question} ({words}).',
    sv: 'Ändringen skulle ta bort ord ur svaret från {organisation} på fråga {question} ({words}).',
  },
  'answer-lost': {
    en: 'The edit would remove the answer of {organisation} to question {question}.',
    sv: 'Ändringen skulle ta bort svaret från {organisation} på fråga {question}.',
  },
  'organisations-merged': {
    en: 'The edit would merge two organisations\' answers to question {question} under {organisation}.',
    sv: 'Ändringen skulle slå ihop två organisationers svar på fråga {question} under {organisation}.',
  },
  'questions-changed': {
    en: 'The edit would change the survey\'s questions ({before} before, {after} after).',
    sv: 'Ändringen skulle ändra enkätens frågor ({before} före, {after} efter).',
  },
  'structure-broken': {
    en: 'The edit would break the survey\'s structure ({problem}).',
    sv: 'Ändringen skulle förstöra enkätens struktur ({problem}).',
  },
} satisfies Record<GuardProblem['kind'], LocalizedText>;

/** What a guard problem means, for a person. */
export function guardProblemMessage(problem: GuardProblem, locale: Locale): string {
  if (problem.kind === 'questions-changed') return localize(GUARD_MESSAGES[problem.kind], locale, { before: problem.before, after: problem.after });
  if (problem.kind === 'structure-broken') return localize(GUARD_MESSAGES[problem.kind], locale, { problem: problem.problem });
  const words = problem.kind === 'words-lost' ? problem.words.slice(0, 5).join(' ') : '';
  return localize(GUARD_MESSAGES[problem.kind], locale, { organisation: problem.organisation, question: problem.question, words });
}

/** Why a rename was refused, for a person. */
export function renameProblemMessage(problem: RenameProblem, locale: Locale): string {
  if (problem.kind === 'guard') return guardProblemMessage(problem.problem, locale);
  return localize(RENAME_MESSAGES[problem.kind], locale, problem.kind === 'merge' ? { name: problem.name, question: problem.question } : { name: problem.name });
}
