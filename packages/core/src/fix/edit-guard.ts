import { parseOptionsOfConfig } from '../parse/parse-options.js';
import { buildSurvey } from '../parse/parse-survey.js';
import { organisationIdentity } from '../roster/organisation-identity.js';
import { createOrganisationMatcher } from '../roster/organisation-matcher.js';
import { resolveRoster } from '../roster/resolve-roster.js';
import type { Config } from '../schema/config.js';
import type { OrganisationRename } from '../schema/diagnostic.js';
import { allQuestions, type StructureProblem, type Survey } from '../schema/survey.js';
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

/** Each question's answers by organisation (`organisationIdentity`: who the name stands for, not how it is written). */
function answersByOrganisation(survey: Survey, config: Config): { identity: (written: string) => string; questions: Map<string, OrganisationAnswers>[]; labels: string[] } {
  const identity = organisationIdentity(createOrganisationMatcher(resolveRoster(survey, config)));
  const questions = allQuestions(survey);
  return {
    identity,
    labels: questions.map((question) => String(question.number ?? question.text)),
    questions: questions.map((question) => {
      const byOrganisation = new Map<string, OrganisationAnswers>();
      for (const answer of question.answers) {
        const key = identity(answer.organisation.text);
        const entry = byOrganisation.get(key) ?? { written: answer.organisation.text, answers: 0, words: [] };
        entry.answers++;
        entry.words.push(...answerWords(answer.text));
        byOrganisation.set(key, entry);
      }
      return byOrganisation;
    }),
  };
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
  const was = answersByOrganisation(before, config);
  const is = answersByOrganisation(after, config);
  const fail = (problem: GuardProblem): GuardVerdict => ({ ok: false, problem, after });
  if (was.questions.length !== is.questions.length) return fail({ kind: 'questions-changed', before: was.questions.length, after: is.questions.length });

  const problemCounts = (survey: Survey): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const problem of [...survey.problems, ...allQuestions(survey).flatMap((question) => question.problems)]) counts.set(problem.kind, (counts.get(problem.kind) ?? 0) + 1);
    return counts;
  };
  const problemsBefore = problemCounts(before);
  for (const [kind, count] of problemCounts(after)) {
    if (count > (problemsBefore.get(kind) ?? 0)) return fail({ kind: 'structure-broken', problem: kind as StructureProblem['kind'] });
  }

  // A renamed organisation's answers count under the old name or the new one, whichever they are under now.
  const renamedTo = new Map<string, string>();
  for (const rename of options.renames ?? []) renamedTo.set(was.identity(rename.from), is.identity(rename.to));

  for (const [index, beforeAnswers] of was.questions.entries()) {
    const afterAnswers = is.questions[index]!;
    const question = was.labels[index]!;
    const under = (key: string): OrganisationAnswers => afterAnswers.get(key) ?? { written: key, answers: 0, words: [] };
    for (const [key, answers] of beforeAnswers) {
      const target = renamedTo.get(key);
      const keys = target && target !== key ? [key, target] : [key];
      const wanted = keys.flatMap((k) => beforeAnswers.get(k)?.words ?? []);
      const available = keys.flatMap((k) => under(k).words);
      const count = (side: Map<string, OrganisationAnswers>): number => keys.reduce((sum, k) => sum + (side.get(k)?.answers ?? 0), 0);
      if (count(afterAnswers) < count(beforeAnswers)) return fail({ kind: 'answer-lost', question, organisation: answers.written });
      const lost = missingWords(wanted, available);
      if (lost.length > 0) return fail({ kind: 'words-lost', question, organisation: answers.written, words: lost });
    }
    for (const [key, answers] of afterAnswers) {
      const had = beforeAnswers.get(key)?.answers ?? 0;
      if (answers.answers >= 2 && answers.answers > had) return fail({ kind: 'organisations-merged', question, organisation: answers.written });
    }
  }
  return { ok: true, after };
}
