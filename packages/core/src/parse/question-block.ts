import type { Heading, RootContent } from 'mdast';
import type { Answer, AnswerTable, Question, StructureProblem } from '../schema/survey.js';
import { offsetsOf } from './markdown-tree.js';
import { problem, type ParseContext } from './parse-context.js';
import { headingTextOffsets, parseAnswerSection } from './section-form.js';
import { parseAnswerTable } from './table-form.js';
import { appendAll } from '../collections/append-all.js';

const NUMBERED_HEADING = /^(\d+)[.)](?:\s+|$)/;

const isComment = (node: RootContent): boolean => node.type === 'html' && /^\s*<!--/.test(node.value);

/**
 * One question: its H3 and the blocks up to the next H1–H3. Depends on nothing outside the block, so a
 * block's model can be cached and reused while other blocks change.
 */
export function parseQuestionBlock(ctx: ParseContext, heading: Heading, body: readonly RootContent[]): Question {
  const [headingStart, headingEnd] = offsetsOf(heading);
  const [textStart, textEnd] = headingTextOffsets(ctx, heading);
  const headingText = ctx.text.slice(textStart, textEnd);
  const numbered = NUMBERED_HEADING.exec(headingText);
  const problems: StructureProblem[] = [];
  const tables: AnswerTable[] = [];
  const answers: Answer[] = [];
  const leadNodes: RootContent[] = [];
  let sawAnswers = false;
  let sawTable = false;
  let firstSection: Heading | null = null;

  for (let i = 0; i < body.length; i++) {
    const node = body[i]!;
    if (node.type === 'table') {
      sawAnswers = true;
      sawTable = true;
      const result = parseAnswerTable(ctx, node);
      tables.push(result.table);
      appendAll(answers, result.answers);
      appendAll(problems, result.problems);
    } else if (node.type === 'heading' && node.depth === 4) {
      sawAnswers = true;
      firstSection ??= node;
      let j = i + 1;
      while (j < body.length && !(body[j]!.type === 'heading' && (body[j] as Heading).depth <= 4)) j++;
      const result = parseAnswerSection(ctx, node, body.slice(i + 1, j));
      appendAll(answers, result.answers);
      appendAll(problems, result.problems);
      i = j - 1;
    } else if (!sawAnswers && !isComment(node)) {
      leadNodes.push(node);
    }
  }

  const hasSections = firstSection !== null;
  const usableTable = tables.some((table) => table.hasOrganisationColumn);
  const form = usableTable && hasSections ? 'mixed' : usableTable ? 'table' : hasSections ? 'sections' : 'none';
  if (form === 'mixed' && firstSection) {
    problems.push(problem(ctx, 'mixed-forms', ...offsetsOf(firstSection)));
  }
  if (answers.length === 0 && !(sawTable && !usableTable)) {
    problems.push(problem(ctx, 'question-without-answers', headingStart, headingEnd));
  }

  const lastNode = body[body.length - 1];
  const blockEnd = lastNode ? offsetsOf(lastNode)[1] : headingEnd;
  const firstLead = leadNodes[0];
  const lastLead = leadNodes[leadNodes.length - 1];
  const lead =
    firstLead && lastLead
      ? (() => {
          const [start, end] = [offsetsOf(firstLead)[0], offsetsOf(lastLead)[1]];
          return { text: ctx.text.slice(start, end), range: ctx.lines.range(start, end) };
        })()
      : null;
  const numberText = numbered?.[1];

  return {
    number: numberText === undefined ? null : Number(numberText),
    text: numbered ? headingText.slice(numbered[0].length).trim() : headingText.trim(),
    heading: { text: ctx.text.slice(headingStart, headingEnd), range: ctx.lines.range(headingStart, headingEnd) },
    range: ctx.lines.range(headingStart, blockEnd),
    numberRange: numberText === undefined ? null : ctx.lines.range(textStart, textStart + numberText.length),
    lead,
    form,
    tables,
    answers,
    insertionOffset: blockEnd,
    problems,
  };
}
