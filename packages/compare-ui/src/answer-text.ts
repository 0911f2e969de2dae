/**
 * Answer text for display. The survey's answers are untrusted Markdown source: nothing here makes markup.
 * The functions return plain strings that the view puts into text nodes; only `<br>` (a line break) and
 * `<p>`/`</p>` (paragraph bounds), which survey tables use to hold several lines in one cell, are read as
 * structure. Every other tag stays in the text as the characters it is.
 */
import { foldForSearch } from '@rus-survey/core';

const PARAGRAPH_TAG = /<\/?p\s*>/gi;
const BREAK_TAG = /<br\s*\/?\s*>/gi;
/** CommonMark backslash escapes: a backslash before ASCII punctuation stands for the punctuation. */
const ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;

/** Paragraphs, each a list of lines, of an answer's source. */
export function answerParagraphs(source: string): string[][] {
  const paragraphs: string[][] = [];
  const normalised = source.replace(/\r\n?/g, '\n');
  for (const block of normalised.replace(PARAGRAPH_TAG, '\n\n').split(/\n\s*\n/)) {
    const lines = block
      .replace(BREAK_TAG, '\n')
      .split('\n')
      .map((line) => line.replace(ESCAPE, '$1').replace(/[ \t]+/g, ' ').trim())
      .filter((line) => line.length > 0);
    if (lines.length > 0) paragraphs.push(lines);
  }
  return paragraphs;
}

/** The answer as one plain string: lines joined by "\n", paragraphs by "\n\n". */
export function answerPlainText(source: string): string {
  return answerParagraphs(source)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}

/**
 * Where `query` occurs in `text` (ignoring case and accents, core's `foldForSearch`): [start, end) pairs, in
 * order, not overlapping. The fold keeps offsets, so the pairs index `text` itself.
 */
export function findMatches(text: string, query: string): Array<[number, number]> {
  const needle = foldForSearch(query.trim());
  if (!needle) return [];
  const haystack = foldForSearch(text);
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) break;
    ranges.push([at, at + needle.length]);
    from = at + needle.length;
  }
  return ranges;
}

export function matches(text: string, query: string): boolean {
  const needle = foldForSearch(query.trim());
  return needle.length === 0 || foldForSearch(text).includes(needle);
}
