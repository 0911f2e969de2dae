import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Blockquote, InlineDirective, Part, StructureProblem, Survey } from '../schema/survey.js';
import type { TextSpan } from '../schema/source-range.js';
import { parseFrontMatter } from './front-matter.js';
import { parseInlineDirective } from './inline-directives.js';
import { createLineIndex } from './line-index.js';
import { offsetsOf, parseMarkdownTree } from './markdown-tree.js';
import { guardNesting, type NestingProblem } from './nesting-guard.js';
import { problem, type ParseContext } from './parse-context.js';
import { resolveParseOptions, type ParseOptions } from './parse-options.js';
import { parseQuestionBlock } from './question-block.js';
import { headingTextOffsets } from './section-form.js';

const isHeading = (node: RootContent, maxDepth: number): node is Heading => node.type === 'heading' && node.depth <= maxDepth;

// A stack, not recursion: the tree's depth is the document's to choose.
function collectDirectives(ctx: ParseContext, nodes: readonly RootContent[], into: InlineDirective[]): void {
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

function nestingProblems(ctx: ParseContext, found: readonly NestingProblem[]): StructureProblem[] {
  return found.map((excess) =>
    excess.excess === 'containers'
      ? problem(ctx, 'nesting-too-deep', excess.start, excess.end, String(excess.limit))
      : problem(ctx, 'inline-markup-too-deep', excess.start, excess.end, `> ${excess.limit}`),
  );
}

/**
 * Builds the survey model from Markdown. Never throws: anything it cannot make sense of becomes a
 * structure problem on the model (RUS010 reports them), and the rest of the document is still read.
 */
export function buildSurvey(text: string, options: ParseOptions = {}): Survey {
  const ctx: ParseContext = { text, lines: createLineIndex(text), options: resolveParseOptions(options) };
  const guarded = guardNesting(text);
  const root = parseMarkdownTree(guarded.text);
  const nodes = root.children;
  const problems: StructureProblem[] = nestingProblems(ctx, guarded.problems);
  const blockquotes: Blockquote[] = [];
  const parts: Part[] = [];
  const directives: InlineDirective[] = [];
  collectDirectives(ctx, nodes, directives);

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

  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const [start, end] = offsetsOf(node);
    if (node.type === 'yaml') {
      const result = parseFrontMatter(ctx, node);
      frontMatter = { range: ctx.lines.range(start, end), data: result.data };
      problems.push(...result.problems);
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
      closePart(offsetsOf(nodes[i - 1] ?? node)[1]);
      const [nameStart, nameEnd] = headingTextOffsets(ctx, node);
      currentPart = { heading: span(start, end), title: text.slice(nameStart, nameEnd).trim(), range: ctx.lines.range(start, end), questions: [] };
      parts.push(currentPart);
      continue;
    }
    if (node.type === 'heading' && node.depth === 3) {
      introClosed = true;
      let j = i + 1;
      while (j < nodes.length && !isHeading(nodes[j]!, 3)) j++;
      const question = parseQuestionBlock(ctx, node, nodes.slice(i + 1, j));
      if (!currentPart) {
        problems.push(problem(ctx, 'question-outside-part', start, end));
        currentPart = { heading: null, title: '', range: ctx.lines.range(start, end), questions: [] };
        parts.push(currentPart);
      }
      currentPart.questions.push(question);
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
  const lastNode = nodes[nodes.length - 1];
  closePart(lastNode ? offsetsOf(lastNode)[1] : 0);

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
