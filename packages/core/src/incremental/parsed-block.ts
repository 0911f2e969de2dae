import type { RootContent } from 'mdast';
import { createLineIndex } from '../parse/line-index.js';
import { parseMarkdownTree } from '../parse/markdown-tree.js';
import type { ParseContext } from '../parse/parse-context.js';
import type { ResolvedParseOptions } from '../parse/parse-options.js';
import { parseQuestionBlock } from '../parse/question-block.js';
import { parseSurveyTree } from '../parse/survey-tree.js';
import { collectDirectives } from '../parse/survey-assembly.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { InlineDirective, Question } from '../schema/survey.js';
import { frontMatterEnd } from './block-scan.js';

/**
 * One block of the document parsed on its own, positions relative to the block's start. A question block
 * (an H3 and everything up to the next H1–H3) keeps only its model; any other block keeps its mdast nodes.
 */
export interface ParsedBlock {
  /** Line breaks in the block: how many lines the blocks after it move down. */
  readonly lineBreaks: number;
  /**
   * False when the block cannot be parsed apart from its neighbours: it does not open with the heading the
   * line scan saw, or its front matter is not the one the line scan saw. The document then takes the full path.
   */
  readonly separable: boolean;
  /** It ends inside a fenced code or HTML block, which would swallow the next block's heading (full path then). */
  readonly endsOpen: boolean;
  readonly question: { model: Question; directives: InlineDirective[] } | null;
  readonly nodes: RootContent[] | null;
  /**
   * Question-scope rules' diagnostics for this block (relative positions), by rule id, for `rulesKey`, with the
   * line the block started on when they were computed (messages may cite line numbers: RUS005's "first on line").
   */
  rules: Map<string, { line: number; diagnostics: Diagnostic[] }>;
  rulesKey: string;
}

/**
 * A copy of `text` that does not keep a larger string alive: V8 makes `slice` a view into its parent, so a
 * cached block would otherwise hold on to the whole document version it was cut from.
 */
const detached = (text: string): string => `${text}\n`.slice(0, -1);

const countLineBreaks = (text: string): number => createLineIndex(text).position(text.length).line - 1;

/** Whether a fenced code or HTML block at the end of `text` (starting at `start`) is still open there. */
function isOpenAtEnd(text: string, start: number): boolean {
  const probe = `${text.slice(start)}${/[\r\n]$/.test(text) ? '' : '\n'}#\n`;
  const last = parseMarkdownTree(probe).children.at(-1);
  return !(last?.type === 'heading' && last.position?.start.offset === probe.length - 2);
}

/**
 * `guarded` is what micromark reads instead of `source` when the nesting guard blanked part of it (the same
 * slice of `guardNesting`'s copy of the whole text: same length, same line breaks); the model reads `source`.
 */
export function parseBlock(source: string, first: boolean, options: ResolvedParseOptions, guarded: string = source): ParsedBlock {
  const text = detached(source);
  const read = guarded === source ? text : guarded;
  const nodes = parseSurveyTree(text, read).children;
  const [head] = nodes;
  const last = nodes.at(-1);
  let separable = true;
  if (first) {
    const fmEnd = frontMatterEnd(text);
    if (fmEnd > 0) separable = head?.type === 'yaml' && /^[ \t\r\n]*$/.test(text.slice(head.position?.end.offset ?? 0, fmEnd));
  } else {
    separable = head?.type === 'heading' && head.position?.start.offset === 0;
  }
  const endsOpen = last !== undefined && (last.type === 'code' || last.type === 'html') && isOpenAtEnd(read, last.position?.start.offset ?? 0);

  const lineBreaks = countLineBreaks(text);
  const isQuestion =
    !first && head?.type === 'heading' && head.depth === 3 && nodes.every((node, i) => i === 0 || node.type !== 'heading' || node.depth > 3);
  if (!separable || !isQuestion || head.type !== 'heading') {
    return { lineBreaks, separable, endsOpen, question: null, nodes, rules: new Map(), rulesKey: '' };
  }
  const ctx: ParseContext = { text, lines: createLineIndex(text), options };
  const directives: InlineDirective[] = [];
  collectDirectives(ctx, nodes, directives);
  const model = parseQuestionBlock(ctx, head, nodes.slice(1));
  return { lineBreaks, separable, endsOpen, question: { model, directives }, nodes: null, rules: new Map(), rulesKey: '' };
}
