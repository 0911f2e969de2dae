import type { Table, TableCell, TableRow } from 'mdast';
import type { SourceRange, TextSpan } from '../schema/source-range.js';
import type { Answer, AnswerTable, StructureProblem } from '../schema/survey.js';
import { classifyAnswer } from './answer-status.js';
import { collectInlineHtml } from './inline-html.js';
import { offsetsOf } from './markdown-tree.js';
import { problem, type ParseContext } from './parse-context.js';
import { appendAll } from '../collections/append-all.js';

const ORGANISATION_HEADER = /^(organisation|organization|org)$/i;
const NUMBERED_HEADER = /^(\d+)[.)]\s*([\s\S]*)$/;
const JUNK_CELL = /^[-–—:\s]*$/;

/** The cell's content offsets: without the pipes that delimit it and the spaces that pad it. */
function cellContent(ctx: ParseContext, cell: TableCell): [number, number] {
  let [start, end] = offsetsOf(cell);
  const { text } = ctx;
  if (text[start] === '|') start++;
  if (end > start && text[end - 1] === '|' && text[end - 2] !== '\\') end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

function span(ctx: ParseContext, start: number, end: number): TextSpan {
  return { text: ctx.text.slice(start, end), range: ctx.lines.range(start, end) };
}

/** The answer's source: every cell after the first, so a stray unescaped pipe never hides text. */
function answerSpan(ctx: ParseContext, row: TableRow): TextSpan {
  const cells = row.children.slice(1);
  if (cells.length === 0) {
    const [, rowEnd] = offsetsOf(row);
    const end = ctx.text[rowEnd - 1] === '|' ? rowEnd - 1 : rowEnd;
    return span(ctx, end, end);
  }
  const [start] = cellContent(ctx, cells[0]!);
  const [, end] = cellContent(ctx, cells[cells.length - 1]!);
  return span(ctx, start, Math.max(start, end));
}

/** One body row of an answer table read on its own: what the table makes of it depends on the rows before it. */
export interface AnswerRowReading {
  /** The first cell's content. */
  organisation: TextSpan;
  /** Every cell after the first (`answerSpan`). */
  answer: TextSpan;
  range: SourceRange;
  /** A row of dashes (a second delimiter row, say): no answer, and RUS010 reports it. */
  junk: boolean;
}

export function readAnswerRow(ctx: ParseContext, row: TableRow): AnswerRowReading {
  const [rowStart, rowEnd] = offsetsOf(row);
  const firstCell = row.children[0];
  const organisation = firstCell ? span(ctx, ...cellContent(ctx, firstCell)) : span(ctx, rowStart, rowStart);
  const junk = /^-{2,}/.test(organisation.text) && row.children.every((cell) => JUNK_CELL.test(ctx.text.slice(...cellContent(ctx, cell))));
  return { organisation, answer: answerSpan(ctx, row), range: ctx.lines.range(rowStart, rowEnd), junk };
}

/** The answer of a row that names its organisation (not junk, not a continuation of the answer above). */
export function answerOfRow(ctx: ParseContext, row: TableRow, reading: AnswerRowReading): Answer {
  return {
    organisation: reading.organisation,
    text: reading.answer.text,
    segments: [reading.answer],
    status: classifyAnswer(reading.answer.text, ctx.options),
    form: 'table',
    range: reading.range,
    anchor: reading.range,
    continuationRows: [],
    inlineHtml: collectInlineHtml(row.children.slice(1), ctx),
  };
}

export interface TableFormResult {
  table: AnswerTable;
  answers: Answer[];
  problems: StructureProblem[];
}

export function parseAnswerTable(ctx: ParseContext, node: Table): TableFormResult {
  const [tableStart, tableEnd] = offsetsOf(node);
  const [headerRow, ...rows] = node.children;
  const problems: StructureProblem[] = [];
  const headerCells = headerRow?.children ?? [];
  const organisationHeader = headerCells[0] ? span(ctx, ...cellContent(ctx, headerCells[0])) : span(ctx, tableStart, tableStart);
  const questionHeader = headerCells[1] ? span(ctx, ...cellContent(ctx, headerCells[1])) : null;
  const numbered = questionHeader ? NUMBERED_HEADER.exec(questionHeader.text) : null;
  const hasOrganisationColumn = ORGANISATION_HEADER.test(organisationHeader.text.replace(/[*_]/g, '').trim());
  const [headerStart, headerEnd] = headerRow ? offsetsOf(headerRow) : [tableStart, tableStart];

  const table: AnswerTable = {
    range: ctx.lines.range(tableStart, tableEnd),
    headerRow: ctx.lines.range(headerStart, headerEnd),
    organisationHeader,
    questionHeader,
    headerNumber: numbered ? Number(numbered[1]) : null,
    headerText: numbered ? (numbered[2] ?? '').trim() : null,
    hasOrganisationColumn,
  };
  if (!hasOrganisationColumn) {
    problems.push(problem(ctx, 'table-without-organisation-column', tableStart, tableEnd, organisationHeader.text));
    return { table, answers: [], problems };
  }

  const answers: Answer[] = [];
  for (const row of rows) {
    const reading = readAnswerRow(ctx, row);
    const { organisation, answer, range: rowRange } = reading;
    const [rowStart, rowEnd] = offsetsOf(row);
    if (reading.junk || (organisation.text === '' && answer.text === '')) {
      problems.push(problem(ctx, 'junk-row', rowStart, rowEnd, organisation.text));
      continue;
    }
    if (organisation.text === '') {
      const previous = answers[answers.length - 1];
      if (!previous) {
        problems.push(problem(ctx, 'continuation-without-answer', rowStart, rowEnd));
        continue;
      }
      // A page break split the previous answer: the model joins the pieces, the source keeps both rows.
      previous.segments.push(answer);
      previous.text = previous.text === '' ? answer.text : `${previous.text} ${answer.text}`;
      previous.continuationRows.push(rowRange);
      previous.range = { start: previous.range.start, end: rowRange.end };
      appendAll(previous.inlineHtml, collectInlineHtml(row.children.slice(1), ctx));
      previous.status = classifyAnswer(previous.text, ctx.options);
      continue;
    }
    answers.push(answerOfRow(ctx, row, reading));
  }
  return { table, answers, problems };
}
