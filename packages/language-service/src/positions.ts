// Core counts lines and columns from 1, LSP from 0; both count offsets in UTF-16 code units, so only the
// line/column base changes here.
import type { SourcePosition, SourceRange, TextEdit as CoreTextEdit } from '@rus-survey/core';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

export function toLspPosition(position: SourcePosition): Position {
  return { line: Math.max(0, position.line - 1), character: Math.max(0, position.column - 1) };
}

export function toLspRange(range: SourceRange): Range {
  return { start: toLspPosition(range.start), end: toLspPosition(range.end) };
}

export function toLspTextEdit(edit: CoreTextEdit): TextEdit {
  return { range: toLspRange(edit.range), newText: edit.newText };
}

export function containsOffset(range: SourceRange, offset: number): boolean {
  return range.start.offset <= offset && offset <= range.end.offset;
}

/** Whether a client-sent position is usable at all (clients and tests may send garbage). */
export function isValidPosition(position: unknown): position is Position {
  const candidate = position as Position | null | undefined;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    Number.isInteger(candidate.line) &&
    Number.isInteger(candidate.character) &&
    candidate.line >= 0 &&
    candidate.character >= 0
  );
}

/** The smallest edit that turns `before` into `after`: one replacement of the part that differs. */
export function minimalEdit(before: string, after: string, positionAt: (offset: number) => Position): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { range: { start: positionAt(start), end: positionAt(endBefore) }, newText: after.slice(start, endAfter) };
}
