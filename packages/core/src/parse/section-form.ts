import type { Heading, Html, RootContent } from 'mdast';
import { isInlineDirective } from './inline-directives.js';
import type { Answer, StructureProblem } from '../schema/survey.js';
import { classifyAnswer } from './answer-status.js';
import { collectInlineHtml } from './inline-html.js';
import { offsetsOf } from './markdown-tree.js';
import { problem, type ParseContext } from './parse-context.js';

/** The heading's text without its `#` markers: from its first to its last inline child. */
export function headingTextOffsets(ctx: ParseContext, heading: Heading): [number, number] {
  const [start, end] = offsetsOf(heading);
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  if (!first || !last) {
    // An empty heading: point just after its hashes.
    const hashes = /^\s*#*/.exec(ctx.text.slice(start, end))?.[0].length ?? 0;
    return [start + hashes, start + hashes];
  }
  return [offsetsOf(first)[0], offsetsOf(last)[1]];
}

export interface SectionFormResult {
  answers: Answer[];
  problems: StructureProblem[];
}

/** One answer per H4: its content is every block up to the next H1–H4. `nodes` starts at an H4. */
export function parseAnswerSection(ctx: ParseContext, heading: Heading, content: readonly RootContent[]): SectionFormResult {
  const [headingStart, headingEnd] = offsetsOf(heading);
  const [nameStart, nameEnd] = headingTextOffsets(ctx, heading);
  const problems: StructureProblem[] = [];
  const organisation = { text: ctx.text.slice(nameStart, nameEnd), range: ctx.lines.range(nameStart, nameEnd) };
  if (organisation.text.trim() === '') problems.push(problem(ctx, 'empty-organisation', headingStart, headingEnd));

  // Disable comments right under the heading are instructions to the linter, not part of the answer.
  let skip = 0;
  while (skip < content.length && content[skip]!.type === 'html' && isInlineDirective((content[skip] as Html).value)) skip++;
  const first = content[skip];
  const last = content[content.length - 1];
  const [textStart, textEnd] = first && last && skip < content.length ? [offsetsOf(first)[0], offsetsOf(last)[1]] : [headingEnd, headingEnd];
  const text = ctx.text.slice(textStart, textEnd);
  const answer: Answer = {
    organisation,
    text,
    segments: [{ text, range: ctx.lines.range(textStart, textEnd) }],
    status: classifyAnswer(text, ctx.options),
    form: 'sections',
    range: ctx.lines.range(headingStart, Math.max(headingEnd, textEnd)),
    anchor: ctx.lines.range(headingStart, headingEnd),
    continuationRows: [],
    inlineHtml: collectInlineHtml(content.slice(skip), ctx),
  };
  return { answers: organisation.text.trim() === '' ? [] : [answer], problems };
}
