import type { RootContent } from 'mdast';
import { lineIndexOfStarts, lineStartsAfterFirst } from '../parse/line-index.js';
import { mayHaveDefinitions } from '../parse/link-definitions.js';
import { parseMarkdownTree } from '../parse/markdown-tree.js';
import { guardNesting } from '../parse/nesting-guard.js';
import type { ParseContext } from '../parse/parse-context.js';
import type { ResolvedParseOptions } from '../parse/parse-options.js';
import { parseQuestionBlock } from '../parse/question-block.js';
import { parseSurveyTree } from '../parse/survey-tree.js';
import { collectDirectives } from '../parse/survey-assembly.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { InlineDirective, Question } from '../schema/survey.js';
import { frontMatterEnd } from './block-scan.js';
import { collectPositions, movePositions, type MovablePositions, type Placement } from './position-shift.js';

/**
 * One block of the document parsed on its own. Its positions start relative to the block and are moved in place
 * (`moveBlock`) to wherever the block stands in the document. A question block (an H3 and everything up to the
 * next H1–H3) keeps only its model; any other block keeps its mdast nodes.
 */
export interface ParsedBlock {
  /** Where each line after the block's first starts, relative to the block. */
  readonly lineStarts: readonly number[];
  /** Line breaks in the block: how many lines the blocks after it move down. */
  readonly lineBreaks: number;
  /**
   * The nesting guard found nesting past its limits in the block's own text: the block is not parsed (micromark
   * would choke on it) and the document takes the full path, which cuts the excess.
   */
  readonly overNested: boolean;
  /** The block's first line has a `|`: the nesting guard reads it as a table row, which starts a group of its own. */
  readonly opensWithRow: boolean;
  /** The block's last line is blank or has a `|`: no group of lines that the nesting guard counts runs past it. */
  readonly closesGuardGroup: boolean;
  /**
   * False when the block cannot be parsed apart from its neighbours: it does not open with the heading the
   * line scan saw, or its front matter is not the one the line scan saw. The document then takes the full path.
   */
  readonly separable: boolean;
  /** It ends inside a fenced code or HTML block, which would swallow the next block's heading (full path then). */
  readonly endsOpen: boolean;
  /** Its text may hold a link reference or footnote definition, which reaches across blocks (full path then). */
  readonly mayDefine: boolean;
  readonly question: { model: Question; directives: InlineDirective[] } | null;
  readonly nodes: RootContent[] | null;
  /** Where the positions of `question` or `nodes` (and of `rules`' diagnostics) stand now. */
  readonly at: Placement;
  readonly positions: MovablePositions;
  /**
   * Question-scope rules' diagnostics for this block (standing where the block does), by rule id, for `rulesKey`,
   * with the line the block started on when they were computed (messages may cite line numbers: RUS005's
   * "first on line"), and their positions that are not the model's.
   */
  rules: Map<string, { line: number; diagnostics: Diagnostic[]; positions: MovablePositions }>;
  rulesKey: string;
}

/** Moves a block's model (or nodes) and its cached rule results to `to`, in place. */
export function moveBlock(block: ParsedBlock, to: Placement): void {
  const offset = to.offset - block.at.offset;
  const line = to.line - block.at.line;
  if (offset === 0 && line === 0) return;
  movePositions(block.positions, offset, line);
  for (const known of block.rules.values()) movePositions(known.positions, offset, line);
  block.at.offset = to.offset;
  block.at.line = to.line;
}

/**
 * A copy of `text` that does not keep a larger string alive: V8 makes `slice` a view into its parent, so a
 * cached block would otherwise hold on to the whole document version it was cut from.
 */
export const detached = (text: string): string => `${text}\n`.slice(0, -1);

const isBlankLine = (line: string): boolean => /^[ \t]*(?:\r\n|\r|\n)?$/.test(line);

/** Whether a fenced code or HTML block at the end of `text` (starting at `start`) is still open there. */
function isOpenAtEnd(text: string, start: number): boolean {
  const probe = `${text.slice(start)}${/[\r\n]$/.test(text) ? '' : '\n'}#\n`;
  const last = parseMarkdownTree(probe).children.at(-1);
  return !(last?.type === 'heading' && last.position?.start.offset === probe.length - 2);
}

/**
 * `guarded`, when given, is what micromark reads instead of `source` (the same slice of `guardNesting`'s copy
 * of the whole text: same length, same line breaks) and the caller deals with the nesting; without it the
 * block is guarded on its own (`overNested`). The model reads `source`.
 */
export function parseBlock(source: string, first: boolean, options: ResolvedParseOptions, guarded?: string): ParsedBlock {
  const text = detached(source);
  const read = guarded === undefined || guarded === source ? text : guarded;
  const lineStarts = lineStartsAfterFirst(text);
  const endsWithBreak = lineStarts.at(-1) === text.length;
  const lastLineStart = (endsWithBreak ? lineStarts.at(-2) : lineStarts.at(-1)) ?? 0;
  const lastLine = text.slice(lastLineStart);
  const common = {
    lineStarts,
    lineBreaks: lineStarts.length,
    opensWithRow: text.slice(0, lineStarts[0] ?? text.length).includes('|'),
    mayDefine: mayHaveDefinitions(text),
    closesGuardGroup: isBlankLine(lastLine) || lastLine.includes('|'),
    at: { offset: 0, line: 0 },
    rules: new Map(),
    rulesKey: '',
  };
  if (guarded === undefined && guardNesting(text).problems.length > 0) {
    return { ...common, overNested: true, separable: false, endsOpen: false, question: null, nodes: null, positions: { points: [], offsetHolders: [] } };
  }
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

  const isQuestion =
    !first && head?.type === 'heading' && head.depth === 3 && nodes.every((node, i) => i === 0 || node.type !== 'heading' || node.depth > 3);
  if (!separable || !isQuestion || head.type !== 'heading') {
    const positions = collectPositions(nodes, { points: [], offsetHolders: [] });
    return { ...common, overNested: false, separable, endsOpen, question: null, nodes, positions };
  }
  const ctx: ParseContext = { text, lines: lineIndexOfStarts(text, [0, ...lineStarts]), options };
  const directives: InlineDirective[] = [];
  collectDirectives(ctx, nodes, directives);
  const model = parseQuestionBlock(ctx, head, nodes.slice(1));
  const positions = collectPositions([model, directives], { points: [], offsetHolders: [] });
  return { ...common, overNested: false, separable, endsOpen, question: { model, directives }, nodes: null, positions };
}
