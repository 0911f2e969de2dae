import type { StructureProblem, Survey } from '../schema/survey.js';
import { createLineIndex } from './line-index.js';
import { guardNesting, type NestingProblem } from './nesting-guard.js';
import { problem, type ParseContext } from './parse-context.js';
import { resolveParseOptions, type ParseOptions } from './parse-options.js';
import { assembleSurvey } from './survey-assembly.js';
import { parseSurveyTree } from './survey-tree.js';
import { prependAll } from '../collections/append-all.js';

/** The nesting guard's findings as structure problems (RUS010). */
export function nestingProblems(ctx: ParseContext, found: readonly NestingProblem[]): StructureProblem[] {
  return found.map((excess) =>
    excess.excess === 'containers'
      ? problem(ctx, 'nesting-too-deep', excess.start, excess.end, String(excess.limit))
      : problem(ctx, 'inline-markup-too-deep', excess.start, excess.end, `> ${excess.limit}`),
  );
}

/**
 * Builds the survey model from Markdown. Never throws: anything it cannot make sense of becomes a
 * structure problem on the model (RUS010 reports them), and the rest of the document is still read.
 * Nesting past what any survey needs is cut before micromark sees it (a same-length copy, so every offset
 * still points into `text`), and reported where it starts. Plain paragraphs and tables skip micromark
 * (`parseSurveyTree`).
 */
export function buildSurvey(text: string, options: ParseOptions = {}): Survey {
  const ctx: ParseContext = { text, lines: createLineIndex(text), options: resolveParseOptions(options) };
  const guarded = guardNesting(text);
  const survey = assembleSurvey(ctx, parseSurveyTree(text, guarded.text).children);
  if (guarded.problems.length > 0) prependAll(survey.problems, nestingProblems(ctx, guarded.problems));
  return survey;
}
