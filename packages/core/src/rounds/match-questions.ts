import { foldText } from '../roster/fold-text.js';
import { questionSimilarity, questionWords } from './question-similarity.js';

export interface MatchableQuestion {
  number: number | null;
  text: string;
}

export interface QuestionPairing {
  /** Index in the earlier round → index in the later round. */
  pairs: Map<number, { later: number; by: 'number' | 'text' | 'same-as' }>;
}

/** Same number and at least this alike: the question kept its place and was reworded at most. */
const SAME_NUMBER_SIMILARITY = 0.35;
/** Another number but this alike: the question moved. Below it a question is new. */
const MOVED_SIMILARITY = 0.6;

/**
 * Which question of the later round is which of the earlier: `same-as` overrides first (this round's number →
 * the earlier round's number, or null for "new"), then the same wording anywhere, then the same number with a
 * similar wording, then the most similar remaining wording. Each question is matched at most once.
 */
export function matchQuestions(
  earlier: readonly MatchableQuestion[],
  later: readonly MatchableQuestion[],
  sameAs: ReadonlyMap<number, number | null> = new Map(),
): QuestionPairing {
  const pairs = new Map<number, { later: number; by: 'number' | 'text' | 'same-as' }>();
  const laterTaken = new Set<number>();
  const pair = (e: number, l: number, by: 'number' | 'text' | 'same-as'): void => {
    pairs.set(e, { later: l, by });
    laterTaken.add(l);
  };
  const free = (e: number, l: number): boolean => !pairs.has(e) && !laterTaken.has(l);

  later.forEach((question, l) => {
    if (question.number === null || !sameAs.has(question.number)) return;
    laterTaken.add(l);
    const target = sameAs.get(question.number);
    const e = target === null || target === undefined ? -1 : earlier.findIndex((q) => q.number === target);
    if (e !== -1 && !pairs.has(e)) pairs.set(e, { later: l, by: 'same-as' });
  });

  const earlierFolded = earlier.map((q) => foldText(q.text));
  const laterFolded = later.map((q) => foldText(q.text));
  earlierFolded.forEach((text, e) => {
    const l = laterFolded.findIndex((other, index) => other === text && free(e, index));
    if (l !== -1) pair(e, l, earlier[e]!.number !== null && earlier[e]!.number === later[l]!.number ? 'number' : 'text');
  });

  const earlierWords = earlier.map((q) => questionWords(q.text));
  const laterWords = later.map((q) => questionWords(q.text));
  earlier.forEach((question, e) => {
    if (question.number === null) return;
    const l = later.findIndex((other, index) => other.number === question.number && free(e, index));
    if (l !== -1 && questionSimilarity(earlierWords[e]!, laterWords[l]!) >= SAME_NUMBER_SIMILARITY) pair(e, l, 'number');
  });

  const candidates: { e: number; l: number; similarity: number }[] = [];
  earlier.forEach((_, e) =>
    later.forEach((_, l) => {
      if (!free(e, l)) return;
      const similarity = questionSimilarity(earlierWords[e]!, laterWords[l]!);
      if (similarity >= MOVED_SIMILARITY) candidates.push({ e, l, similarity });
    }),
  );
  candidates.sort((a, b) => b.similarity - a.similarity || a.e - b.e || a.l - b.l);
  for (const { e, l } of candidates) if (free(e, l)) pair(e, l, 'text');
  return { pairs };
}
