import { diffWordsWithSpace } from 'diff';
import type { WordDiffPart } from '../schema/rounds.js';

/** The word-level difference between two answers; the `same` and `removed` parts join to `before`, `same` and `added` to `after`. */
export function wordDiff(before: string, after: string): WordDiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
