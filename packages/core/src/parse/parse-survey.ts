import type { Survey } from '../schema/survey.js';
import { createLineIndex } from './line-index.js';
import { parseMarkdownTree } from './markdown-tree.js';
import type { ParseContext } from './parse-context.js';
import { resolveParseOptions, type ParseOptions } from './parse-options.js';
import { assembleSurvey } from './survey-assembly.js';

/**
 * Builds the survey model from Markdown. Never throws: anything it cannot make sense of becomes a
 * structure problem on the model (RUS010 reports them), and the rest of the document is still read.
 */
export function buildSurvey(text: string, options: ParseOptions = {}): Survey {
  const ctx: ParseContext = { text, lines: createLineIndex(text), options: resolveParseOptions(options) };
  return assembleSurvey(ctx, parseMarkdownTree(text).children);
}
