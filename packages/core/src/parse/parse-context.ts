import type { StructureProblem } from '../schema/survey.js';
import type { LineIndex } from './line-index.js';
import type { ResolvedParseOptions } from './parse-options.js';

/** What every part of the parser needs: the text, its line index and the options. */
export interface ParseContext {
  readonly text: string;
  readonly lines: LineIndex;
  readonly options: ResolvedParseOptions;
}

export function problem(
  ctx: ParseContext,
  kind: StructureProblem['kind'],
  start: number,
  end: number,
  detail?: string,
): StructureProblem {
  return detail === undefined
    ? { kind, range: ctx.lines.range(start, end) }
    : { kind, range: ctx.lines.range(start, end), detail };
}
