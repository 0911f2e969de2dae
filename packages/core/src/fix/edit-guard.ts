import { appendAll } from '../collections/append-all.js';
import { parseOptionsOfConfig } from '../parse/parse-options.js';
import { buildSurvey } from '../parse/parse-survey.js';
import { organisationIdentity } from '../roster/organisation-identity.js';
import { createOrganisationMatcher } from '../roster/organisation-matcher.js';
import { normalizeRosterEntries, resolveRoster } from '../roster/resolve-roster.js';
import type { Config } from '../schema/config.js';
import type { OrganisationRename } from '../schema/diagnostic.js';
import type { RosterInput } from '../schema/roster.js';
import { allQuestions, type Question, type StructureProblem, type Survey } from '../schema/survey.js';
import { answerWords } from './answer-words.js';

/** What an edit would do to who said what. */
export type GuardProblem =
  /** Words of an organisation's answer would be gone from it (moved into a name, another answer, or lost). */
  | { kind: 'words-lost'; question: string; organisation: string; words: string[] }
  /** An organisation's answer to a question would be gone. */
  | { kind: 'answer-lost'; question: string; organisation: string }
  /** Two organisations' answers to a question would become one organisation's. */
  | { kind: 'organisations-merged'; question: string; organisation: string }
  /** Questions would appear or disappear: the edit changed the document's structure. */
  | { kind: 'questions-changed'; before: number; after: number }
  /** A structure problem (RUS010: invalid front matter, a junk row, …) would appear that was not there. */
  | { kind: 'structure-broken'; problem: StructureProblem['kind'] };

export type GuardVerdict = { ok: true; after: Survey } | { ok: false; problem: GuardProblem; after: Survey };

export interface GuardOptions {
  config?: Config;
  /** Organisations renamed on purpose: their answers may move from the old name to the new one. */
  renames?: readonly OrganisationRename[];
}

interface OrganisationAnswers {
  /** As written, for messages. */
  written: string;
  answers: number;
  words: string[];
}

/**
 * What decides a survey's roster under a config (see `resolveRosterDetailed`): equal keys, equal rosters. The
 * front matter's organisations, else the config's, else who answers which question.
 */
function rosterKey(survey: Survey, questions: readonly Question[], configHasRoster: boolean): string {
  const fromFrontMatter = survey.frontMatter?.data['organisations'] as RosterInput | undefined;
  const frontMatterEntries = fromFrontMatter ? normalizeRosterEntries(fromFrontMatter) : [];
  if (frontMatterEntries.length > 0) return JSON.stringify(['front-matter', frontMatterEntries]);
  if (configHasRoster) return 'config';
  return JSON.stringify(['inferred', questions.map((question) => [String(question.number ?? question.text), question.answers.map((answer) => answer.organisation.text)])]);
}

/** Who a written name stands for under the survey's roster (`organisationIdentity`), remembered per name. */
function identityOf(survey: Survey, config: Config): (written: string) => string {
  const identity = organisationIdentity(createOrganisationMatcher(resolveRoster(survey, config)));
  const known = new Map<string, string>();
  return (written) => {
    let key = known.get(written);
    if (key === undefined) known.set(written, (key = identity(written)));
    return key;
  };
}

/** A question's answers by organisation (`organisationIdentity`: who the name stands for, not how it is written). */
function answersByOrganisation(question: Question, identity: (written: string) => string, words: (answer: string) => readonly string[]): Map<string, OrganisationAnswers> {
  const byOrganisation = new Map<string, OrganisationAnswers>();
  for (const answer of question.answers) {
    const key = identity(answer.organisation.text);
    const entry = byOrganisation.get(key) ?? { written: answer.organisation.text, answers: 0, words: [] };
    entry.answers++;
    appendAll(entry.words, words(answer.text));
    byOrganisation.set(key, entry);
  }
  return byOrganisation;
}

const sameAnswers = (a: Question, b: Question): boolean =>
  a.answers.length === b.answers.length &&
  a.answers.every((answer, i) => answer.text === b.answers[i]!.text && answer.organisation.text === b.answers[i]!.organisation.text);

function problemCounts(survey: Survey, questions: readonly Question[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const problem of [...survey.problems, ...questions.flatMap((question) => question.problems)]) counts.set(problem.kind, (counts.get(problem.kind) ?? 0) + 1);
  return counts;
}

/** The words of `wanted` that `available` lacks, as multisets. */
function missingWords(wanted: readonly string[], available: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of available) counts.set(word, (counts.get(word) ?? 0) + 1);
  const missing: string[] = [];
  for (const word of wanted) {
    const left = counts.get(word) ?? 0;
    if (left > 0) counts.set(word, left - 1);
    else missing.push(word);
  }
  return missing;
}

/**
 * The one check every edit passes before any adapter applies or offers it (`--fix`, quick fixes, fix-all,
 * "add all missing", rename, disable comments): after it, every answer's words are still there, in the
 * same question, under the same organisation — except organisations renamed on purpose, whose answers may
 * move to the new name — no answer is gone, no two organisations' answers have become one's, and the
 * document has no structure problem it did not have (the front matter still reads, no row became junk).
 * `edited` is the edited text, or its model when the caller has parsed it already.
 */
export function guardEdit(before: Survey, edited: string | Survey, options: GuardOptions = {}): GuardVerdict {
  const config = options.config ?? {};
  const after = typeof edited === 'string' ? buildSurvey(edited, parseOptionsOfConfig(config)) : edited;
  return editGuard(before, config, false)(after, options.renames);
}

/**
 * An edit that replaced questions and nothing else the guard reads: the front matter, titles and parts are as
 * before, and every question outside the replaced ones is exactly as before.
 */
export interface QuestionsChange {
  /** The first question replaced, by its index in `before`. */
  index: number;
  removed: number;
  /** The questions in their place (their positions are not read). */
  added: readonly Question[];
  /** Problems of each kind the rest of the document has more (or fewer) of: the nesting guard's. */
  otherProblems: ReadonlyMap<string, number>;
}

/** `guardEdit` of many edited models against one `before` (see `createEditGuard`). */
export interface EditGuard {
  (after: Survey, renames?: readonly OrganisationRename[]): GuardVerdict;
  /**
   * The verdict on a `QuestionsChange`, judged on the replaced questions alone, or null when it takes the edited
   * model (the roster changed, or more than one kind of problem appeared: which is reported first depends on
   * where they stand). `after` builds the edited model, when the verdict's `after` is read.
   */
  questions(change: QuestionsChange, renames: readonly OrganisationRename[], after: () => Survey): GuardVerdict | null;
}

/**
 * `guardEdit` for many edits of one survey, with the same verdicts: what depends on `before` alone (its
 * answers by organisation, its problems, its roster) is worked out once, an answer's words once per text,
 * and while the roster is unchanged a question whose answers are exactly as before is not compared again
 * (its words, answers and organisations cannot have changed), so a check costs what the edit changed.
 */
export function createEditGuard(before: Survey, config: Config = {}): EditGuard {
  return editGuard(before, config, true);
}

/** A verdict whose edited model is built when it is read. */
function lazyVerdict(problem: GuardProblem | null, after: () => Survey): GuardVerdict {
  let model: Survey | undefined;
  const verdict = problem ? { ok: false as const, problem } : { ok: true as const };
  return Object.defineProperty(verdict, 'after', { enumerable: true, get: () => (model ??= after()) }) as GuardVerdict;
}

/** With `shortcuts` off, every check resolves the edited survey's roster and compares every question (`guardEdit`). */
function editGuard(before: Survey, config: Config, shortcuts: boolean): EditGuard {
  const beforeQuestions = allQuestions(before);
  const labels = beforeQuestions.map((question) => String(question.number ?? question.text));
  const problemsBefore = problemCounts(before, beforeQuestions);
  const configHasRoster = config.organisations !== undefined && normalizeRosterEntries(config.organisations).length > 0;
  const beforeRoster = shortcuts ? rosterKey(before, beforeQuestions, configHasRoster) : '';
  const wasIdentity = identityOf(before, config);
  const wordsOf = new Map<string, readonly string[]>();
  const words = (text: string): readonly string[] => {
    let found = wordsOf.get(text);
    if (!found) wordsOf.set(text, (found = answerWords(text)));
    return found;
  };
  const beforeAnswers: Map<string, OrganisationAnswers>[] = [];
  const was = (index: number): Map<string, OrganisationAnswers> => (beforeAnswers[index] ??= answersByOrganisation(beforeQuestions[index]!, wasIdentity, words));

  /** A renamed organisation's answers count under the old name or the new one, whichever they are under now. */
  const renamedTo = (renames: readonly OrganisationRename[], isIdentity: (written: string) => string): Map<string, string> => {
    const renamed = new Map<string, string>();
    for (const rename of renames) renamed.set(wasIdentity(rename.from), isIdentity(rename.to));
    return renamed;
  };

  /** What the edit did to who said what in question `index`, or null when nothing. */
  function compareQuestion(index: number, afterQuestion: Question, isIdentity: (written: string) => string, renamed: ReadonlyMap<string, string>): GuardProblem | null {
    const beforeAnswers = was(index);
    const afterAnswers = answersByOrganisation(afterQuestion, isIdentity, words);
    const question = labels[index]!;
    const under = (key: string): OrganisationAnswers => afterAnswers.get(key) ?? { written: key, answers: 0, words: [] };
    for (const [key, answers] of beforeAnswers) {
      const target = renamed.get(key);
      const keys = target && target !== key ? [key, target] : [key];
      const wanted = keys.flatMap((k) => beforeAnswers.get(k)?.words ?? []);
      const available = keys.flatMap((k) => under(k).words);
      const count = (side: Map<string, OrganisationAnswers>): number => keys.reduce((sum, k) => sum + (side.get(k)?.answers ?? 0), 0);
      if (count(afterAnswers) < count(beforeAnswers)) return { kind: 'answer-lost', question, organisation: answers.written };
      const lost = missingWords(wanted, available);
      if (lost.length > 0) return { kind: 'words-lost', question, organisation: answers.written, words: lost };
    }
    for (const [key, answers] of afterAnswers) {
      const had = beforeAnswers.get(key)?.answers ?? 0;
      if (answers.answers >= 2 && answers.answers > had) return { kind: 'organisations-merged', question, organisation: answers.written };
    }
    return null;
  }

  const judge = (after: Survey, renames: readonly OrganisationRename[] = []): GuardVerdict => {
    const afterQuestions = allQuestions(after);
    const fail = (problem: GuardProblem): GuardVerdict => ({ ok: false, problem, after });
    if (beforeQuestions.length !== afterQuestions.length) return fail({ kind: 'questions-changed', before: beforeQuestions.length, after: afterQuestions.length });

    for (const [kind, count] of problemCounts(after, afterQuestions)) {
      if (count > (problemsBefore.get(kind) ?? 0)) return fail({ kind: 'structure-broken', problem: kind as StructureProblem['kind'] });
    }

    const sameRoster = shortcuts && rosterKey(after, afterQuestions, configHasRoster) === beforeRoster;
    const isIdentity = sameRoster ? wasIdentity : identityOf(after, config);
    const renamed = renamedTo(renames, isIdentity);
    for (const [index, afterQuestion] of afterQuestions.entries()) {
      if (sameRoster && sameAnswers(beforeQuestions[index]!, afterQuestion)) continue;
      const problem = compareQuestion(index, afterQuestion, isIdentity, renamed);
      if (problem) return fail(problem);
    }
    return { ok: true, after };
  };

  // The roster is decided by the front matter or the config (unchanged here), else by who answers which question.
  const rosterInferred = !beforeRoster.startsWith('["front-matter"') && beforeRoster !== 'config';
  const sameRosterInputs = (a: Question, b: Question): boolean =>
    String(a.number ?? a.text) === String(b.number ?? b.text) &&
    a.answers.length === b.answers.length &&
    a.answers.every((answer, i) => answer.organisation.text === b.answers[i]!.organisation.text);

  const questions = (change: QuestionsChange, renames: readonly OrganisationRename[], after: () => Survey): GuardVerdict | null => {
    if (!shortcuts) return null;
    const count = beforeQuestions.length - change.removed + change.added.length;
    if (count !== beforeQuestions.length) return lazyVerdict({ kind: 'questions-changed', before: beforeQuestions.length, after: count }, after);
    const grown = new Map(change.otherProblems);
    const add = (question: Question, by: number): void => {
      for (const problem of question.problems) grown.set(problem.kind, (grown.get(problem.kind) ?? 0) + by);
    };
    for (let i = 0; i < change.removed; i++) add(beforeQuestions[change.index + i]!, -1);
    for (const question of change.added) add(question, 1);
    const broken = [...grown].filter(([, by]) => by > 0);
    if (broken.length > 1) return null;
    if (broken.length === 1) return lazyVerdict({ kind: 'structure-broken', problem: broken[0]![0] as StructureProblem['kind'] }, after);
    if (rosterInferred && !change.added.every((question, i) => sameRosterInputs(beforeQuestions[change.index + i]!, question))) return null;
    const renamed = renamedTo(renames, wasIdentity);
    for (const [i, question] of change.added.entries()) {
      const index = change.index + i;
      if (sameAnswers(beforeQuestions[index]!, question)) continue;
      const problem = compareQuestion(index, question, wasIdentity, renamed);
      if (problem) return lazyVerdict(problem, after);
    }
    return lazyVerdict(null, after);
  };

  return Object.assign(judge, { questions });
}
