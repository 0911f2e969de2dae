/**
 * A backtick run opens a code span only if a run of exactly its length follows in the same paragraph; micromark
 * finds out by reading on to the paragraph's end, making a token of every space on the way, before it reads an
 * unclosed run as text. A few such runs in a megabyte paragraph cost seconds. This pairs the runs as CommonMark
 * does (left to right, each opener with the next run of its length; a backslash before a run escapes its first
 * backtick, but inside a span it is literal), in one pass. A backtick inside raw HTML or an autolink (`<a
 * title="`">`) opens nothing in CommonMark but is counted here, so a paragraph past the guard's scan cap may read a
 * span micromark would have read as code as text: it is reported (RUS010) and its offsets and words are kept.
 */

export interface CodeRun {
  /** The run's opening backticks (after an escaped first one). */
  readonly start: number;
  readonly end: number;
}

const BACKTICK = 96;
const BACKSLASH = 92;

/** The backtick runs in [from, to) of `text` that open no code span, in order. */
export function unclosedCodeRuns(text: string, from: number, to: number): CodeRun[] {
  const starts: number[] = [];
  const ends: number[] = [];
  const escaped: boolean[] = [];
  for (let i = text.indexOf('`', from); i !== -1 && i < to; ) {
    let end = i + 1;
    while (end < to && text.charCodeAt(end) === BACKTICK) end++;
    let backslashes = 0;
    while (i - backslashes - 1 >= from && text.charCodeAt(i - backslashes - 1) === BACKSLASH) backslashes++;
    starts.push(i);
    ends.push(end);
    escaped.push(backslashes % 2 === 1);
    i = text.indexOf('`', end);
  }
  // The runs of each length, in order; a closer is searched from a pointer that only moves on.
  const byLength = new Map<number, { runs: number[]; next: number }>();
  for (let k = 0; k < starts.length; k++) {
    const length = ends[k]! - starts[k]!;
    const list = byLength.get(length);
    if (list) list.runs.push(k);
    else byLength.set(length, { runs: [k], next: 0 });
  }
  const unclosed: CodeRun[] = [];
  for (let k = 0; k < starts.length; ) {
    const start = starts[k]! + (escaped[k] ? 1 : 0);
    const length = ends[k]! - start;
    if (length === 0) {
      k++;
      continue;
    }
    const closers = byLength.get(length);
    while (closers && closers.next < closers.runs.length && closers.runs[closers.next]! <= k) closers.next++;
    if (closers && closers.next < closers.runs.length) {
      // A span: what lies inside it, up to its closer, is code.
      k = closers.runs[closers.next]! + 1;
      continue;
    }
    unclosed.push({ start, end: ends[k]! });
    k++;
  }
  return unclosed;
}
