/**
 * micromark's cost grows with the square of container depth and of the inline delimiters in one block, and
 * mdast this deep overflows any recursive walk; a hostile or broken file (8,000 `>` in 16 KB) would hang the
 * linter or crash it. This cheap scan finds what no real survey reaches and hands micromark a copy of the
 * text with the excess blanked out: same length, same line breaks, so every offset in the tree is still an
 * offset into the original text (the model slices its text from the original).
 */

import { blankedCopy, OrderedRanges } from './blanked-copy.js';
import { unclosedCodeRuns } from './unclosed-code-runs.js';

/** Block containers (`>` and list items) one line may sit in: estimated from its markers and its indentation. */
export const MAX_CONTAINER_DEPTH = 32;
/** Characters in one run of `*`, `_` or `~` (each pair nests one emphasis deeper). */
export const MAX_DELIMITER_RUN = 64;
/**
 * Backticks in one run. An unmatched code span opener makes micromark scan to the paragraph's end, and only
 * the last run of each length can be unmatched, so this bounds that to 4 scans per paragraph.
 */
export const MAX_CODE_RUN = 4;
/**
 * Inline openers (runs of `*`, `_`, `~` and backticks, `[` and `![`) in one paragraph, or one table row; a long
 * answer with every other word in bold has a few dozen. The same cap holds for `]` on its own: GFM's footnote
 * extension looks back from each `]` over the ones before it, so thousands of them cost seconds.
 */
export const MAX_INLINE_DELIMITERS = 256;

/**
 * Characters micromark may read in one paragraph or table row looking for the closers of code spans that have
 * none: each unclosed backtick run costs the rest of the paragraph (a token for every space on the way). A
 * 10 KB answer with ten stray backticks stays under it; past it, the unclosed runs are read as plain text.
 */
export const MAX_CODE_SPAN_SCAN = 100_000;

export type NestingExcess = 'containers' | 'delimiter-run' | 'inline-delimiters' | 'unclosed-code';

export interface NestingProblem {
  excess: NestingExcess;
  /** The cap that was passed. */
  limit: number;
  /** Offsets of the line (or the block's first offending line) in the original text. */
  start: number;
  end: number;
}

export interface NestingGuardResult {
  /** The text to give micromark: the original, or a copy with the excess replaced by spaces. */
  text: string;
  problems: NestingProblem[];
}

const SPACE = 32;
// What an unclosed backtick run becomes in micromark's copy: punctuation as inert as a literal backtick (the same
// flanking for emphasis, the same place in an autolink), where a space could make a hard break.
const NEUTRAL = 36; /* $ */
// `- - - -` is a rule across the page, not lists inside lists.
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TAB = 9;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The end of a list marker at `at` (`-`, `*`, `+`, `1.`, `1)` followed by white space or the end), or -1. */
function listMarkerEnd(text: string, at: number, lineEnd: number): number {
  const code = text.charCodeAt(at);
  let end = -1;
  if (code === 45 /* - */ || code === 42 /* * */ || code === 43 /* + */) end = at + 1;
  else if (isDigit(code)) {
    let i = at;
    while (i < lineEnd && i - at < 9 && isDigit(text.charCodeAt(i))) i++;
    const after = text.charCodeAt(i);
    if (after === 46 /* . */ || after === 41 /* ) */) end = i + 1;
  }
  if (end === -1) return -1;
  const next = text.charCodeAt(end);
  return end === lineEnd || next === SPACE || next === TAB ? end : -1;
}

/** What to blank in micromark's copy: container markers and inline markers, each list in order. */
interface Blanks {
  containers: OrderedRanges;
  inline: OrderedRanges;
}

/** Container markers on one line whose estimated depth is beyond the cap. */
function scanContainers(text: string, start: number, end: number, blanks: Blanks): boolean {
  let i = start;
  let column = 0;
  let markers = 0;
  let whitespace = 0;
  let excess = false;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === TAB) {
      const width = code === TAB ? 4 - (column % 4) : 1;
      column += width;
      whitespace += width;
      i++;
      continue;
    }
    const markerEnd = code === 62 /* > */ ? i + 1 : listMarkerEnd(text, i, end);
    if (markerEnd === -1) break;
    markers++;
    // One space after each marker belongs to it; more is the indentation of lists opened on earlier lines,
    // each of which takes at least two columns.
    const depth = markers + Math.floor(Math.max(0, whitespace - (markers - 1)) / 2);
    if (depth > MAX_CONTAINER_DEPTH) {
      blanks.containers.add(i, markerEnd);
      excess = true;
    }
    column += markerEnd - i;
    i = markerEnd;
  }
  return excess;
}

const isInlineDelimiter = (code: number): boolean => code === 42 /* * */ || code === 95 /* _ */ || code === 126 /* ~ */ || code === 96; /* ` */

/** Inline delimiters in lines [from, to) of one block, beyond the caps. */
function scanInline(text: string, lineStarts: readonly number[], lineEnds: readonly number[], from: number, to: number, blanks: Blanks, problems: NestingProblem[]): void {
  let count = 0;
  let closers = 0;
  let reported: NestingExcess | null = null;
  const report = (excess: NestingExcess, limit: number, line: number): void => {
    if (reported === excess) return;
    reported = excess;
    problems.push({ excess, limit, start: lineStarts[line]!, end: lineEnds[line]! });
  };
  for (let line = from; line < to; line++) {
    const end = lineEnds[line]!;
    let i = lineStarts[line]!;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (code === 92 /* \ */) {
        i += 2;
        continue;
      }
      if (isInlineDelimiter(code)) {
        let runEnd = i + 1;
        while (runEnd < end && text.charCodeAt(runEnd) === code) runEnd++;
        count++;
        if (count > MAX_INLINE_DELIMITERS) {
          blanks.inline.add(i, runEnd);
          report('inline-delimiters', MAX_INLINE_DELIMITERS, line);
        } else if (runEnd - i > (code === 96 ? MAX_CODE_RUN : MAX_DELIMITER_RUN)) {
          const limit = code === 96 ? MAX_CODE_RUN : MAX_DELIMITER_RUN;
          blanks.inline.add(i + limit, runEnd);
          report('delimiter-run', limit, line);
        }
        i = runEnd;
        continue;
      }
      if (code === 91 /* [ */ || (code === 33 /* ! */ && text.charCodeAt(i + 1) === 91)) {
        const width = code === 33 ? 2 : 1;
        count++;
        if (count > MAX_INLINE_DELIMITERS) {
          blanks.inline.add(i, i + width);
          report('inline-delimiters', MAX_INLINE_DELIMITERS, line);
        }
        i += width;
        continue;
      }
      if (code === 93 /* ] */) {
        closers++;
        if (closers > MAX_INLINE_DELIMITERS) {
          blanks.inline.add(i, i + 1);
          report('inline-delimiters', MAX_INLINE_DELIMITERS, line);
        }
      }
      i++;
    }
  }
}

/** Finds nesting beyond the caps and blanks it out of the copy micromark reads; linear in the text's length. */
export function guardNesting(text: string): NestingGuardResult {
  const lineStarts: number[] = [];
  const lineEnds: number[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    lineStarts.push(start);
    lineEnds.push(end);
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }

  const blanks: Blanks = { containers: new OrderedRanges(), inline: new OrderedRanges() };
  const problems: NestingProblem[] = [];
  const isBlank = (line: number): boolean => /^[ \t]*$/.test(text.slice(lineStarts[line], lineEnds[line]));
  const looksLikeTableRow = (line: number): boolean => text.slice(lineStarts[line], lineEnds[line]).includes('|');

  for (let line = 0; line < lineStarts.length; line++) {
    if (THEMATIC_BREAK.test(text.slice(lineStarts[line], lineEnds[line]))) continue;
    if (scanContainers(text, lineStarts[line]!, lineEnds[line]!, blanks)) {
      problems.push({ excess: 'containers', limit: MAX_CONTAINER_DEPTH, start: lineStarts[line]!, end: lineEnds[line]! });
    }
  }
  // Inline content is parsed per paragraph (lines up to a blank one) and per table cell; a row stands for its cells.
  const blocks: [number, number][] = [];
  for (let line = 0; line < lineStarts.length; ) {
    if (isBlank(line)) {
      line++;
      continue;
    }
    let to = line + 1;
    if (!looksLikeTableRow(line)) while (to < lineStarts.length && !isBlank(to) && !looksLikeTableRow(to)) to++;
    scanInline(text, lineStarts, lineEnds, line, to, blanks, problems);
    blocks.push([line, to]);
    line = to;
  }
  let guarded = blankedCopy(text, [blanks.containers, blanks.inline], SPACE);

  // On what micromark would read (runs cut and capped above), the code spans that would not close.
  const neutral = new OrderedRanges();
  for (const [from, to] of blocks) {
    const end = lineEnds[to - 1]!;
    const unclosed = unclosedCodeRuns(guarded, lineStarts[from]!, end);
    let scan = 0;
    for (const run of unclosed) scan += end - run.start;
    if (scan <= MAX_CODE_SPAN_SCAN) continue;
    for (const run of unclosed) neutral.add(run.start, run.end);
    let line = from;
    while (line + 1 < to && lineStarts[line + 1]! <= unclosed[0]!.start) line++;
    problems.push({ excess: 'unclosed-code', limit: MAX_CODE_SPAN_SCAN, start: lineStarts[line]!, end: lineEnds[line]! });
  }
  guarded = blankedCopy(guarded, [neutral], NEUTRAL);
  if (guarded === text) return { text, problems };
  problems.sort((a, b) => a.start - b.start);
  return { text: guarded, problems };
}
