import { lastAtOrBefore } from '../collections/last-at-or-before.js';
import type { SourcePosition, SourceRange } from '../schema/source-range.js';

/** Turns offsets into line/column positions for one text; build once per parse. */
export interface LineIndex {
  readonly text: string;
  position(offset: number): SourcePosition;
  range(startOffset: number, endOffset: number): SourceRange;
  /** The range of the whole line that holds `offset`, without its line break. */
  lineRange(offset: number): SourceRange;
  /** The offset of a 1-based line and column, clamped to the line (and the text). */
  offsetAt(line: number, column: number): number;
}

/**
 * Where each line after the first starts, plus `base`: after \n, and after a \r that is not the first half of
 * \r\n. A text that ends with a line break has an empty last line starting at its end.
 */
export function lineStartsAfterFirst(text: string, base = 0, into: number[] = []): number[] {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) into.push(base + i + 1);
    else if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) into.push(base + i + 1);
  }
  return into;
}

export function createLineIndex(text: string): LineIndex {
  return lineIndexOfStarts(text, lineStartsAfterFirst(text, 0, [0]));
}

/**
 * The index of `text` from its line starts (0 first, as `lineStartsAfterFirst` finds them): for a caller that
 * put them together from parts of the text it had already scanned (the incremental linter's blocks).
 */
export function lineIndexOfStarts(text: string, lineStarts: readonly number[]): LineIndex {
  const lineOf = (offset: number): number => lastAtOrBefore(lineStarts, offset);

  const position = (rawOffset: number): SourcePosition => {
    const offset = Math.max(0, Math.min(rawOffset, text.length));
    const line = lineOf(offset);
    return { line: line + 1, column: offset - lineStarts[line]! + 1, offset };
  };

  return {
    text,
    position,
    range: (start, end) => ({ start: position(start), end: position(Math.max(start, end)) }),
    offsetAt(line, column) {
      const index = Math.max(0, Math.min(Math.floor(line) - 1, lineStarts.length - 1));
      const start = lineStarts[index]!;
      let end = index + 1 < lineStarts.length ? lineStarts[index + 1]! : text.length;
      while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
      return Math.max(start, Math.min(start + Math.floor(column) - 1, end));
    },
    lineRange(offset) {
      const line = lineOf(Math.max(0, Math.min(offset, text.length)));
      const start = lineStarts[line]!;
      let end = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
      while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
      return { start: position(start), end: position(end) };
    },
  };
}
