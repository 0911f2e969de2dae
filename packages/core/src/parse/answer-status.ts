import type { AnswerStatus } from '../schema/survey.js';
import { foldText, foldTextUncached } from '../roster/fold-text.js';
import { blankHtmlComments } from './html-comments.js';
import type { ResolvedParseOptions } from './parse-options.js';

/** The markers folded once per set of options (a parse), not once per answer and marker. */
const foldedMarkers = new WeakMap<ResolvedParseOptions, { noAnswer: Set<string>; placeholders: Set<string> }>();

function markersOf(options: ResolvedParseOptions): { noAnswer: Set<string>; placeholders: Set<string> } {
  let markers = foldedMarkers.get(options);
  if (!markers) {
    markers = { noAnswer: new Set(options.noAnswer.map(foldText)), placeholders: new Set(options.placeholders.map(foldText)) };
    foldedMarkers.set(options, markers);
  }
  return markers;
}

const EMPHASIS_OR_SPACE = /[\s*_]/;

/**
 * `text` without leading and trailing white space, `*` and `_`. A loop, not `/[\s*_]+$/`: that regex tries
 * every position of a long run that does not reach the end, and backtracks the run each time (quadratic).
 */
function trimEmphasisAndSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EMPHASIS_OR_SPACE.test(text[start]!)) start++;
  while (end > start && EMPHASIS_OR_SPACE.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** The answer's text as a reader sees it: no comments, line-break tags, emphasis markers or outer whitespace. */
function visibleText(markdown: string): string {
  return trimEmphasisAndSpace(blankHtmlComments(markdown).replace(/<br\s*\/?>/gi, ' '));
}

export function classifyAnswer(markdown: string, options: ResolvedParseOptions): AnswerStatus {
  const visible = visibleText(markdown);
  if (visible === '') return 'empty';
  // Each answer is folded once (without the memo: answers rarely repeat); a final full stop is then dropped.
  const whole = foldTextUncached(visible);
  const withoutStop = whole.endsWith('.') ? whole.slice(0, -1).trimEnd() : whole;
  const markers = markersOf(options);
  if (markers.noAnswer.has(withoutStop)) return 'no-answer';
  if (markers.placeholders.has(whole) || markers.placeholders.has(withoutStop)) return 'placeholder';
  return 'answered';
}
