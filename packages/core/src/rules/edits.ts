import type { LineIndex } from '../parse/line-index.js';
import type { TextEdit } from '../schema/diagnostic.js';

export function insertAt(lines: LineIndex, offset: number, newText: string): TextEdit {
  return { range: lines.range(offset, offset), newText };
}

export function replaceRange(lines: LineIndex, start: number, end: number, newText: string): TextEdit {
  return { range: lines.range(start, end), newText };
}

/**
 * The line break the text uses (its first one: CRLF, CR alone or LF), so inserted lines match the file; a text
 * of one line gets LF.
 */
export function lineBreakOf(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

/** Deletes whole lines [start, end) together with the line break before them. */
export function deleteLines(lines: LineIndex, start: number, end: number): TextEdit {
  const { text } = lines;
  let from = start;
  if (text[from - 1] === '\n') from--;
  if (text[from - 1] === '\r') from--;
  return replaceRange(lines, from, end, '');
}

