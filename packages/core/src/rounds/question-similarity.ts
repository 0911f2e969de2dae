import { foldText } from '../roster/fold-text.js';

/** The words of a question, folded, each counted once ("Hur påverkar uppföljningen …" → hur, påverkar, …). */
export function questionWords(text: string): Set<string> {
  return new Set(foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * How alike two questions' wordings are, 0–1 (Dice over their word sets): a reworded question keeps most of its
 * words, a new one shares only the survey's vocabulary.
 */
export function questionSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}
