// The compare matrix locates answers with core's ranges (1-based line and column); the editor wants 0-based.
import type { CompareCell } from '@rus-survey/protocol';

export type AnswerLocation = NonNullable<CompareCell['location']>;

export interface EditorPosition {
  line: number;
  character: number;
}

export function editorStart(location: AnswerLocation): EditorPosition {
  return { line: location.range.start.line - 1, character: location.range.start.column - 1 };
}
