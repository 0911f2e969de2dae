import type { RoundAnswer, RoundsComparison } from '../schema/rounds.js';

export interface AnswerInRound {
  organisation: string;
  /** The round asked for, and its answer there (null when the organisation has none in that round). */
  round: string;
  answer: RoundAnswer | null;
  /** The question as that round asks it; null when that round does not ask it. */
  question: { number: number | null; text: string } | null;
}

/**
 * The same organisation's answer to the same question `step` rounds away from the answer at `offset` in `uri`
 * (-1: the round before). Undefined when no answer lies there or no such round exists.
 */
export function answerInRound(comparison: RoundsComparison, uri: string, offset: number, step: number): AnswerInRound | undefined {
  const here = comparison.rounds.findIndex((round) => round.uri === uri);
  const there = here + step;
  if (here === -1 || there < 0 || there >= comparison.rounds.length) return undefined;
  const cell = comparison.cells.find((entry) => {
    const range = entry.answers[here]?.range;
    return range !== undefined && range.start.offset <= offset && offset <= range.end.offset;
  });
  if (!cell) return undefined;
  const question = comparison.questions.find((q) => q.key === cell.questionKey)?.rounds[there] ?? null;
  return {
    organisation: cell.organisation,
    round: comparison.rounds[there]!.label,
    answer: cell.answers[there] ?? null,
    question: question ? { number: question.number, text: question.text } : null,
  };
}
