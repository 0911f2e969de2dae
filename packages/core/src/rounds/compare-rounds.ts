import { knownOrganisation } from '../organisations/known-organisations.js';
import { createOrganisationMatcher } from '../roster/organisation-matcher.js';
import { organisationIdentity } from '../roster/organisation-identity.js';
import { resolveRoster } from '../roster/resolve-roster.js';
import { foldText } from '../roster/fold-text.js';
import type { Config } from '../schema/config.js';
import type { AnswerChange, RoundAnswer, RoundQuestion, RoundsCell, RoundsComparison, RoundsQuestion } from '../schema/rounds.js';
import { allQuestions, type Survey } from '../schema/survey.js';
import { matchQuestions } from './match-questions.js';
import { roundLabel } from './round-label.js';
import { wordDiff } from './word-diff.js';

export interface RoundSource {
  uri: string;
  survey: Survey;
  config?: Config;
}

export interface CompareRoundsOptions {
  /** Keep the order given (the command line's) even when every file is dated. */
  keepOrder?: boolean;
}

interface PreparedRound {
  source: RoundSource;
  label: ReturnType<typeof roundLabel>;
  questions: (RoundQuestion & { index: number })[];
  /** Organisation identity → display name and each question's answer. */
  answers: Map<string, { name: string; byQuestion: Map<number, RoundAnswer> }>;
}

function prepareRound(source: RoundSource, position: number): PreparedRound {
  const roster = resolveRoster(source.survey, source.config);
  const matcher = createOrganisationMatcher(roster);
  const identity = organisationIdentity(matcher);
  const questions: PreparedRound['questions'] = [];
  const answers: PreparedRound['answers'] = new Map();
  for (const part of source.survey.parts) {
    for (const question of part.questions) {
      const index = questions.length;
      questions.push({ number: question.number, text: question.text, part: part.title, index });
      for (const answer of question.answers) {
        const written = answer.organisation.text.trim();
        const key = identity(written);
        const name = knownOrganisation(written)?.name ?? matcher.resolve(written)?.name ?? written;
        let entry = answers.get(key);
        if (!entry) answers.set(key, (entry = { name, byQuestion: new Map() }));
        if (entry.byQuestion.has(index)) continue;
        entry.byQuestion.set(index, { status: answer.status, text: answer.text, writtenAs: written, location: { uri: source.uri, range: answer.anchor }, range: answer.range });
      }
    }
  }
  return { source, label: roundLabel(source.survey, position), questions, answers };
}

/** `same-as` from a round's front matter, for the round before it: this round's number → that round's number or null. */
function sameAsFor(round: PreparedRound, previousLabel: string, unresolved: RoundsComparison['summary']['unresolvedSameAs']): Map<number, number | null> {
  const declared = round.source.survey.frontMatter?.data['same-as'];
  const result = new Map<number, number | null>();
  if (!declared || typeof declared !== 'object') return result;
  for (const [from, target] of Object.entries(declared as Record<string, unknown>)) {
    const number = Number(from);
    if (!Number.isInteger(number)) continue;
    if (target === null) {
      result.set(number, null);
      continue;
    }
    const match = typeof target === 'string' ? /^(.+)#(\d+)$/.exec(target.trim()) : null;
    if (match && match[1]!.trim() === previousLabel) result.set(number, Number(match[2]));
    else unresolved.push({ round: round.label.label, question: number, target: String(target) });
  }
  return result;
}

const isAnswered = (answer: RoundAnswer | null | undefined): answer is RoundAnswer => answer?.status === 'answered';

function answerChange(before: RoundAnswer | null, after: RoundAnswer | null): AnswerChange {
  if (!isAnswered(before)) return { kind: isAnswered(after) ? 'new' : 'unanswered', diff: null };
  if (!isAnswered(after)) return { kind: 'removed', diff: null };
  if (foldText(before.text) === foldText(after.text)) return { kind: 'unchanged', diff: null };
  return { kind: 'edited', diff: wordDiff(before.text, after.text) };
}

const questionLabel = (question: RoundQuestion): string => (question.number === null ? question.text : `${question.number}. ${question.text}`);

/**
 * One questionnaire over several rounds: questions matched round to round (number, wording, `same-as`),
 * organisations matched through rosters and known organisations' earlier names, and for each organisation and
 * question the answer in every round with what changed. Rounds are ordered by their labels when every file is
 * dated, else as given.
 */
export function compareRounds(sources: readonly RoundSource[], options: CompareRoundsOptions = {}): RoundsComparison {
  let rounds = sources.map(prepareRound);
  if (!options.keepOrder && rounds.every((round) => round.label.source !== 'order')) {
    rounds = [...rounds].sort((a, b) => a.label.label.localeCompare(b.label.label, 'en', { numeric: true }));
  }
  const unresolvedSameAs: RoundsComparison['summary']['unresolvedSameAs'] = [];

  // Chain questions round to round: each chain is one row.
  const chains: (number | null)[][] = [];
  const chainOf: Map<number, number>[] = rounds.map(() => new Map());
  const matchedBy: (RoundsQuestion['matchedBy'][number])[][] = [];
  rounds.forEach((round, r) => {
    if (r === 0) {
      round.questions.forEach((question) => {
        chainOf[0]!.set(question.index, chains.length);
        chains.push([question.index]);
        matchedBy.push([]);
      });
      return;
    }
    const previous = rounds[r - 1]!;
    const { pairs } = matchQuestions(previous.questions, round.questions, sameAsFor(round, previous.label.label, unresolvedSameAs));
    const laterToChain = new Map<number, { chain: number; by: 'number' | 'text' | 'same-as' }>();
    for (const [e, { later, by }] of pairs) laterToChain.set(later, { chain: chainOf[r - 1]!.get(e)!, by });
    chains.forEach((chain, c) => {
      chain.push(null);
      matchedBy[c]!.push(null);
    });
    round.questions.forEach((question) => {
      const found = laterToChain.get(question.index);
      if (found) {
        chains[found.chain]![r] = question.index;
        matchedBy[found.chain]![r - 1] = found.by;
        chainOf[r]!.set(question.index, found.chain);
      } else {
        chainOf[r]!.set(question.index, chains.length);
        chains.push([...new Array<null>(r).fill(null), question.index]);
        matchedBy.push(new Array<null>(r).fill(null));
      }
    });
  });

  const questions: RoundsQuestion[] = chains.map((chain, c) => {
    const perRound = chain.map((index, r) => (index === null ? null : (({ number, text, part }) => ({ number, text, part }))(rounds[r]!.questions[index]!)));
    const changes = perRound.slice(1).map((now, i) => {
      const before = perRound[i];
      if (!before && !now) return null;
      if (!before) return 'added' as const;
      if (!now) return 'dropped' as const;
      return foldText(before.text) === foldText(now.text) ? ('unchanged' as const) : ('reworded' as const);
    });
    const first = perRound.find((q) => q !== null)!;
    const firstRound = perRound.findIndex((q) => q !== null);
    return { key: `${rounds[firstRound]!.label.label}#${first.number ?? c + 1}`, rounds: perRound, matchedBy: matchedBy[c]!, changes };
  });

  // Organisations: every identity any round has, named as the latest round that has it writes it.
  const names = new Map<string, string>();
  const order: string[] = [];
  for (const round of rounds) {
    for (const [key, { name }] of round.answers) {
      if (!names.has(key)) order.push(key);
      names.set(key, name);
    }
  }
  const organisations = order.map((key) => ({
    name: names.get(key)!,
    answeredIn: rounds.map((round) => [...(round.answers.get(key)?.byQuestion.values() ?? [])].some(isAnswered)),
  }));

  const answerChanges = rounds.slice(1).map(() => ({ new: 0, removed: 0, unchanged: 0, edited: 0 }));
  const cells: RoundsCell[] = [];
  order.forEach((key) => {
    chains.forEach((chain, c) => {
      const answers = chain.map((index, r) => (index === null ? null : rounds[r]!.answers.get(key)?.byQuestion.get(index) ?? null));
      const changes = answers.slice(1).map((after, i) => answerChange(answers[i]!, after));
      changes.forEach((change, i) => {
        if (change.kind !== 'unanswered') answerChanges[i]![change.kind]++;
      });
      if (answers.some((answer) => answer !== null)) cells.push({ organisation: names.get(key)!, questionKey: questions[c]!.key, answers, changes });
    });
  });

  const between = <T>(pick: (r: number) => T[]): T[][] => rounds.slice(1).map((_, i) => pick(i + 1));
  return {
    rounds: rounds.map((round) => {
      const answeredOrganisations = [...round.answers.values()].filter((entry) => [...entry.byQuestion.values()].some(isAnswered));
      return {
        label: round.label.label,
        labelSource: round.label.source,
        uri: round.source.uri,
        title: round.source.survey.title,
        questions: allQuestions(round.source.survey).length,
        organisations: answeredOrganisations.length,
        answered: answeredOrganisations.reduce((sum, entry) => sum + [...entry.byQuestion.values()].filter(isAnswered).length, 0),
      };
    }),
    questions,
    organisations,
    cells,
    summary: {
      organisationsJoined: between((r) => organisations.filter((o) => o.answeredIn[r] && !o.answeredIn[r - 1]).map((o) => o.name)),
      organisationsLeft: between((r) => organisations.filter((o) => !o.answeredIn[r] && o.answeredIn[r - 1]).map((o) => o.name)),
      questionsAdded: between((r) => questions.filter((q) => q.changes[r - 1] === 'added').map((q) => questionLabel(q.rounds[r]!))),
      questionsDropped: between((r) => questions.filter((q) => q.changes[r - 1] === 'dropped').map((q) => questionLabel(q.rounds[r - 1]!))),
      answerChanges,
      unresolvedSameAs,
    },
  };
}
