import type { RootContent, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Blockquote, InlineDirective, Part, Question, StructureProblem, Survey } from '../schema/survey.js';
import type { TextSpan } from '../schema/source-range.js';
import { parseFrontMatter, type FrontMatterResult } from './front-matter.js';
import { parseInlineDirective } from './inline-directives.js';
import { offsetsOf } from './markdown-tree.js';
import { problem, type ParseContext } from './parse-context.js';
import { parseQuestionBlock } from './question-block.js';
import { headingTextOffsets } from './section-form.js';
import { appendAll } from '../collections/append-all.js';

/**
 * A question block modelled ahead of time (the incremental linter's cache): it stands where its H3 and body
 * nodes would, with positions already in the document's coordinates.
 */
export interface PrebuiltQuestion {
  readonly type: 'prebuilt-question';
  readonly question: Question;
  /** The `<!-- rus-survey-… -->` comments inside the block, in order. */
  readonly directives: readonly InlineDirective[];
}

/** What a survey is assembled from, in document order: top-level mdast nodes and prebuilt question blocks. */
export type SurveyBlock = RootContent | PrebuiltQuestion;

const isPrebuilt = (block: SurveyBlock): block is PrebuiltQuestion => block.type === 'prebuilt-question';
const isHeading = (block: SurveyBlock, maxDepth: number): boolean =>
  isPrebuilt(block) || (block.type === 'heading' && block.depth <= maxDepth);
const blockOffsets = (block: SurveyBlock): [number, number] =>
  isPrebuilt(block) ? [block.question.range.start.offset, block.question.range.end.offset] : offsetsOf(block);

/** The `<!-- rus-survey-… -->` comments among these nodes (tables excepted), in document order. */
export function collectDirectives(ctx: ParseContext, nodes: readonly RootContent[], into: InlineDirective[]): void {
  // A stack, not recursion: the tree's depth is the document's to choose.
  const pending = [...nodes].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'html') {
      const directive = parseInlineDirective(node.value, ctx.lines.range(...offsetsOf(node)));
      if (directive) into.push(directive);
    } else if ('children' in node && node.type !== 'table') {
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i] as RootContent);
    }
  }
}

/**
 * Builds the survey model from the document's top-level blocks. Never throws: anything it cannot make sense
 * of becomes a structure problem on the model (RUS010 reports them), and the rest of the document is still read.
 * `readFrontMatter` reads the front matter's node (the incremental linter keeps its reading while the node is
 * the same).
 */
export function assembleSurvey(
  ctx: ParseContext,
  blocks: readonly SurveyBlock[],
  readFrontMatter: (ctx: ParseContext, node: Yaml) => FrontMatterResult = parseFrontMatter,
): Survey {
  const { text } = ctx;
  const problems: StructureProblem[] = [];
  const blockquotes: Blockquote[] = [];
  const parts: Part[] = [];
  const directives: InlineDirective[] = [];
  for (const block of blocks) {
    if (isPrebuilt(block)) appendAll(directives, block.directives);
    else collectDirectives(ctx, [block], directives);
  }

  let frontMatter: Survey['frontMatter'] = null;
  let titleHeading: TextSpan | null = null;
  const extraTitleHeadings: TextSpan[] = [];
  let title: string | null = null;
  let introNodes: RootContent[] = [];
  let introClosed = false;
  let currentPart: Part | null = null;
  let noticeInsertionOffset = 0;

  const span = (start: number, end: number): TextSpan => ({ text: text.slice(start, end), range: ctx.lines.range(start, end) });
  const closePart = (end: number): void => {
    if (currentPart) currentPart.range = ctx.lines.range(currentPart.range.start.offset, Math.max(end, currentPart.range.start.offset));
  };
  const addQuestion = (question: Question): void => {
    introClosed = true;
    if (!currentPart) {
      const { start, end } = question.heading.range;
      problems.push(problem(ctx, 'question-outside-part', start.offset, end.offset));
      currentPart = { heading: null, title: '', range: ctx.lines.range(start.offset, end.offset), questions: [] };
      parts.push(currentPart);
    }
    currentPart.questions.push(question);
  };

  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i]!;
    if (isPrebuilt(node)) {
      addQuestion(node.question);
      continue;
    }
    const [start, end] = offsetsOf(node);
    if (node.type === 'yaml') {
      const result = readFrontMatter(ctx, node);
      frontMatter = { range: ctx.lines.range(start, end), data: result.data };
      appendAll(problems, result.problems);
      noticeInsertionOffset = end;
      continue;
    }
    if (node.type === 'heading' && node.depth === 1) {
      const heading = span(start, end);
      if (titleHeading) {
        extraTitleHeadings.push(heading);
        problems.push(problem(ctx, 'several-titles', start, end));
      } else {
        titleHeading = heading;
        title = toString(node).trim();
        introNodes = [];
        if (parts.length === 0) noticeInsertionOffset = end;
      }
      continue;
    }
    if (node.type === 'heading' && node.depth === 2) {
      introClosed = true;
      closePart(blockOffsets(blocks[i - 1] ?? node)[1]);
      const [nameStart, nameEnd] = headingTextOffsets(ctx, node);
      currentPart = { heading: span(start, end), title: text.slice(nameStart, nameEnd).trim(), range: ctx.lines.range(start, end), questions: [] };
      parts.push(currentPart);
      continue;
    }
    if (node.type === 'heading' && node.depth === 3) {
      let j = i + 1;
      while (j < blocks.length && !isHeading(blocks[j]!, 3)) j++;
      addQuestion(parseQuestionBlock(ctx, node, blocks.slice(i + 1, j) as RootContent[]));
      i = j - 1;
      continue;
    }
    if (node.type === 'blockquote') {
      introClosed = true;
      blockquotes.push({
        text: toString(node).replace(/\s+/g, ' ').trim(),
        range: ctx.lines.range(start, end),
        beforeFirstPart: parts.length === 0,
      });
      continue;
    }
    if (!introClosed && titleHeading && node.type !== 'html') {
      introNodes.push(node);
      noticeInsertionOffset = end;
    }
  }
  const lastBlock = blocks[blocks.length - 1];
  closePart(lastBlock ? blockOffsets(lastBlock)[1] : 0);

  if (!titleHeading) problems.push(problem(ctx, 'no-title', 0, ctx.lines.lineRange(0).end.offset));
  const fmTitle = frontMatter?.data['title'];
  const fmDate = frontMatter?.data['date'];
  const firstIntro = introNodes[0];
  const lastIntro = introNodes[introNodes.length - 1];

  return {
    frontMatter,
    title: typeof fmTitle === 'string' ? fmTitle : title,
    titleHeading,
    extraTitleHeadings,
    date: typeof fmDate === 'string' ? fmDate : null,
    intro: firstIntro && lastIntro ? span(offsetsOf(firstIntro)[0], offsetsOf(lastIntro)[1]) : null,
    blockquotes,
    parts,
    directives,
    problems,
    noticeInsertionOffset,
    sourceLength: text.length,
  };
}
