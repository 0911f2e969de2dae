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

export function createLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) lineStarts.push(i + 1);
    else if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
  }

  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };

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
